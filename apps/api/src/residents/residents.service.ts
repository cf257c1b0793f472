import { Injectable } from '@nestjs/common';
import { formatBangkokDateTime, todayInBangkok } from '@elderwork/thai';
import { REMOVAL_REASON_LABELS } from '@elderwork/contracts';
import type {
  AuditEntryView, CreateResidentDto, Page, RegistrySummary, RemoveResidentDto, ResidentQueryDto, ResidentView, RestoreResidentDto, UpdateResidentDto,
} from '@elderwork/contracts';
import { invalidField, staleVersion } from '../common/domain-errors';
import { laoOf, type RequestContext } from '../common/request-context';
import { TenantDb, type TenantTx } from '../database/tenant-db';
import { VersionedCache } from '../database/versioned-cache';
import { AccessLogRepository } from './access-log.repository';
import { AuditRepository } from './audit.repository';
import { toResidentView, type ResidentRow } from './resident-view';
import { duplicateNationalId, notRemoved, residentNotFound } from './residents.exception';
import { ResidentsRepository, type ResidentFields, type ResidentFilter } from './residents.repository';

const DEFAULT_PAGE_SIZE = 20;

/** Field → [before, after] for the fields the change really alters. */
function diff(before: ResidentRow, change: Partial<ResidentFields>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, after] of Object.entries(change) as [keyof ResidentFields, unknown][]) {
    const previous = before[field] ?? null;
    if (after !== undefined && (after ?? null) !== previous) changes[field] = [previous, after ?? null];
  }
  return changes;
}

/** The query's filters that are given (the access log records them as given). */
function filtersOf(query: ResidentQueryDto): Omit<ResidentFilter, 'search' | 'removed' | 'today'> {
  const { village, moo, sex, ageBand, disabilityType, livingAlone, adlGroup } = query;
  const given = { village, moo, sex, ageBand, disabilityType, livingAlone, adlGroup };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}

@Injectable()
export class ResidentsService {
  private readonly registryCounts = new VersionedCache<number>(2000);

  constructor(
    private readonly db: TenantDb,
    private readonly residents: ResidentsRepository,
    private readonly audit: AuditRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  list(ctx: RequestContext, query: ResidentQueryDto): Promise<Page<ResidentView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const search = query.q ? query.q.replace(/[-\s]/g, '') : '';
    const removed = query.removed === true;
    const today = todayInBangkok();
    const narrowing = filtersOf(query);
    const filter: ResidentFilter = { search, removed, today, ...narrowing };
    return this.db.run(laoOf(ctx), async (tx) => {
      const { rows, dataVersion } = await this.residents.page(tx, filter, page, pageSize, query.sort);
      await this.accessLog.record(tx, {
        actorId: ctx.userId,
        list: 'GET /api/residents',
        filters: { q: query.q, page, pageSize, ...(removed ? { removed } : {}), ...narrowing, ...(query.sort ? { sort: query.sort } : {}) },
        count: rows.length,
      });
      const filtered = Object.keys(narrowing).length > 0;
      const total = removed || filtered ? await this.residents.countMatching(tx, filter) : await this.total(tx, filter, page, pageSize, rows.length, dataVersion);
      return { items: rows.map((row) => toResidentView(row, today)), total, page, pageSize };
    });
  }

  /**
   * The count under the unfiltered registry's page: none needed for a short first page; the whole
   * registry's count is kept per LAO data version (it only changes when the LAO's data does); a
   * search is counted.
   */
  private async total(tx: TenantTx, filter: ResidentFilter, page: number, pageSize: number, shown: number, dataVersion: string | null): Promise<number> {
    if (page === 1 && shown < pageSize) return shown;
    if (filter.search || dataVersion === null) return this.residents.countMatching(tx, filter);
    const kept = this.registryCounts.get(tx.laoId, dataVersion);
    if (kept !== undefined) return kept;
    const counted = await this.residents.countMatching(tx, { search: '', removed: false, today: filter.today });
    this.registryCounts.set(tx.laoId, dataVersion, counted);
    return counted;
  }

  summary(ctx: RequestContext): Promise<RegistrySummary> {
    return this.db.run(laoOf(ctx), (tx) => this.residents.summary(tx, todayInBangkok()));
  }

  create(ctx: RequestContext, dto: CreateResidentDto): Promise<ResidentView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const id = await this.residents.insert(tx, dto);
      if (!id) {
        const existing = await this.residents.findCurrentByNationalId(tx, dto.nationalId);
        if (existing) throw duplicateNationalId(existing);
        throw residentNotFound();
      }
      await this.audit.record(tx, { residentId: id, actorId: ctx.userId, action: 'create' });
      return this.view(tx, id);
    });
  }

  /** Opening a record is audited: who read a person's data, and when. */
  get(ctx: RequestContext, id: string): Promise<ResidentView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const view = await this.view(tx, id);
      await this.audit.record(tx, { residentId: id, actorId: ctx.userId, action: 'read' });
      return view;
    });
  }

  update(ctx: RequestContext, id: string, dto: UpdateResidentDto): Promise<ResidentView> {
    const { version, ...change } = dto;
    return this.db.run(laoOf(ctx), async (tx) => {
      const before = await this.current(tx, id, true);
      if (before.version !== version) throw staleVersion();
      const merged = { ...before, ...change };
      if (merged.disabilityCardIssuedOn && !merged.disabilityType) {
        throw invalidField('disabilityCardIssuedOn', 'cardWithoutDisability');
      }
      if (change.nationalId && change.nationalId !== before.nationalId) {
        const other = await this.residents.findCurrentByNationalId(tx, change.nationalId, id);
        if (other) throw duplicateNationalId(other);
      }
      const changes = diff(before, change);
      if (Object.keys(changes).length === 0) return toResidentView(before);
      await this.residents.update(tx, id, change);
      await this.audit.record(tx, { residentId: id, actorId: ctx.userId, action: 'update', changes });
      return this.view(tx, id);
    });
  }

  remove(ctx: RequestContext, id: string, dto: RemoveResidentDto): Promise<ResidentView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      await this.current(tx, id, true);
      await this.residents.markRemoved(tx, id, dto.reason, dto.note ?? null);
      await this.audit.record(tx, { residentId: id, actorId: ctx.userId, action: 'remove', note: dto.note ?? dto.reason });
      return this.view(tx, id);
    });
  }

  /**
   * A removed record back in the registry (issue 15), audited. Refused while another current
   * record holds the same national ID (409 naming it), and for a record that is not removed.
   */
  restore(ctx: RequestContext, id: string, dto: RestoreResidentDto): Promise<ResidentView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const before = await this.residents.findById(tx, id, true);
      if (!before) throw residentNotFound();
      if (!before.removedAt) throw notRemoved();
      if (before.version !== dto.version) throw staleVersion();
      const other = await this.residents.findCurrentByNationalId(tx, before.nationalId, id);
      if (other) throw duplicateNationalId(other);
      await this.residents.markRestored(tx, id);
      await this.audit.record(tx, { residentId: id, actorId: ctx.userId, action: 'restore', note: `กู้คืนเข้าทะเบียน (นำออกเมื่อ ${formatBangkokDateTime(before.removedAt)} เหตุผล: ${before.removalReason ? REMOVAL_REASON_LABELS[before.removalReason].th : '-'})` });
      return this.view(tx, id);
    });
  }

  auditTrail(ctx: RequestContext, id: string): Promise<AuditEntryView[]> {
    return this.db.run(laoOf(ctx), async (tx) => {
      await this.view(tx, id);
      return this.audit.listForResident(tx, id);
    });
  }

  /** Any record of this LAO, removed ones included (they stay for past reports). */
  private async view(tx: TenantTx, id: string): Promise<ResidentView> {
    const row = await this.residents.findById(tx, id);
    if (!row) throw residentNotFound();
    return toResidentView(row);
  }

  /** A record still in the registry: removed ones cannot be changed. */
  private async current(tx: TenantTx, id: string, lock: boolean): Promise<ResidentRow> {
    const row = await this.residents.findById(tx, id, lock);
    if (!row || row.removedAt) throw residentNotFound();
    return row;
  }
}
