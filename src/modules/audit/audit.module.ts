import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventRepository } from './audit-event.repository';
import { AuditWriter } from './audit-writer';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { ChainedAuditWriter } from './chained-audit-writer';
import { TransactionAuditBuffer } from './transaction-audit-buffer';

/** Global so every feature module can inject AuditWriter without importing this module. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  controllers: [AuditController],
  providers: [AuditEventRepository, AuditService, TransactionAuditBuffer, { provide: AuditWriter, useClass: ChainedAuditWriter }],
  exports: [AuditWriter],
})
export class AuditModule {}
