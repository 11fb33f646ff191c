// class-transformer ships this module's types under types/ but not next to its CommonJS file; @nestjs/mapped-types
// imports the same path.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
