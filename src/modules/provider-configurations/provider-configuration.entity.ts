import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { PROVIDER_CONFIG_NAME_INDEX } from '../../database/migrations/1764400000003-provider-configurations';

export type ProviderConfigStatus = 'active' | 'disabled';

/**
 * One stored provider configuration. JSON columns hold text we serialise ourselves so both databases store the
 * same bytes; secret leaves inside `config` are encrypted one by one (see SecretBox), the rest stays readable.
 * Timestamps are ISO-8601 strings (UTC, milliseconds): they sort as text and keyset pagination compares them as-is.
 */
@Entity({ name: 'provider_configurations' })
@Index(PROVIDER_CONFIG_NAME_INDEX, ['name'], { unique: true })
@Index('IDX_provider_configurations_provider_status', ['providerId', 'status', 'name'])
export class ProviderConfigurationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  @Column({ name: 'provider_id', type: 'varchar', length: 100 })
  providerId!: string;

  /** JSON object text; secret leaves are `v1:` ciphertexts. */
  @Column({ type: 'text' })
  config!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ProviderConfigStatus;

  /** JSON object text, or NULL when the client never sent metadata. */
  @Column({ type: 'text', nullable: true })
  metadata!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
