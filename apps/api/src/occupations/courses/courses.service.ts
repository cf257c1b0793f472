import { Injectable } from '@nestjs/common';
import {
  DEFAULT_COMPLETION_THRESHOLD, sessionDates,
  type CourseDetailView, type CourseQueryDto, type CourseView, type CreateCourseDto, type EnrolDto, type EnrolmentView, type FollowUpDto,
  type UpdateCourseDto,
} from '@elderwork/contracts';
import { addYears, periodOf, todayInBangkok } from '@elderwork/thai';
import { fieldError, invalidField, staleVersion } from '../../common/domain-errors';
import { laoOf, type RequestContext } from '../../common/request-context';
import { TenantDb, type TenantTx } from '../../database/tenant-db';
import { AuditRepository } from '../../residents/audit.repository';
import { EldersRepository } from '../elders.repository';
import { courseNotFound, enrolmentNotFound, referenceNotFound } from '../occupations.exception';
import { CourseSessionsRepository } from './course-sessions.repository';
import { CoursesRepository, type CourseFields } from './courses.repository';

/** Fields whose change regenerates the sessions. */
const SCHEDULE_FIELDS = ['startDate', 'endDate', 'weekdays', 'startTime', 'hoursPerSession'] as const;

const byDay = (weekdays: number[]): number[] => [...weekdays].sort((a, b) => a - b);
const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Courses and the elderly school: the course, its enrolments and graduates' follow-up. */
@Injectable()
export class CoursesService {
  constructor(
    private readonly db: TenantDb,
    private readonly courses: CoursesRepository,
    private readonly sessions: CourseSessionsRepository,
    private readonly elders: EldersRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(ctx: RequestContext, query: CourseQueryDto): Promise<{ items: CourseView[]; total: number }> {
    const period = query.year ? periodOf(query.year, query.yearType ?? 'fiscal') : null;
    const items = await this.db.run(laoOf(ctx), (tx) => this.courses.list(tx, todayInBangkok(), query, period));
    return { items, total: items.length };
  }

  get(ctx: RequestContext, id: string): Promise<CourseDetailView> {
    return this.db.run(laoOf(ctx), (tx) => this.detail(tx, id));
  }

  create(ctx: RequestContext, dto: CreateCourseDto): Promise<CourseDetailView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const fields: CourseFields = {
        ...dto,
        weekdays: byDay(dto.weekdays),
        description: dto.description ?? null,
        place: dto.place ?? null,
        subjects: dto.subjects ?? [],
        jobFields: dto.jobFields ?? [],
        partnerOrganisations: dto.partnerOrganisations ?? [],
        completionThreshold: dto.completionThreshold ?? DEFAULT_COMPLETION_THRESHOLD,
      };
      const dates = this.scheduleDates(fields);
      const id = await this.courses.insert(tx, fields);
      await this.sessions.insertMany(tx, id, dates, fields.startTime, fields.hoursPerSession);
      return this.detail(tx, id);
    });
  }

  /** A schedule change regenerates the sessions, and is refused once attendance has been recorded. */
  update(ctx: RequestContext, id: string, dto: UpdateCourseDto): Promise<CourseDetailView> {
    const { version, ...given } = dto;
    const change = given.weekdays ? { ...given, weekdays: byDay(given.weekdays) } : given;
    return this.db.run(laoOf(ctx), async (tx) => {
      const course = await this.found(tx, id, true);
      if (course.version !== version) throw staleVersion();
      const changed = SCHEDULE_FIELDS.filter((f) => change[f] !== undefined && !sameValue(change[f], course[f]));
      if (changed.length) {
        const merged = { ...course, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) } as CourseView;
        if (merged.endDate < merged.startDate) throw invalidField('endDate', 'endBeforeStart');
        if (merged.endDate > addYears(merged.startDate, 2)) throw invalidField('endDate', 'coursePeriod');
        if ((await this.sessions.attendanceCount(tx, id)) > 0) {
          throw fieldError(changed[0]!, 'scheduleLocked');
        }
        const dates = this.scheduleDates(merged);
        await this.sessions.deleteAll(tx, id);
        await this.sessions.insertMany(tx, id, dates, merged.startTime, merged.hoursPerSession);
      }
      await this.courses.update(tx, id, change);
      return this.detail(tx, id);
    });
  }

  /** Enrols elders of the LAO (current records); those already enrolled stay as they are. */
  enrol(ctx: RequestContext, id: string, dto: EnrolDto): Promise<CourseDetailView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      await this.found(tx, id, true);
      const found = await this.elders.find(tx, dto.residentIds);
      if (dto.residentIds.some((r) => !found.has(r))) throw referenceNotFound('residentIds');
      await this.courses.enrol(tx, id, dto.residentIds);
      await this.audit.recordMany(tx, dto.residentIds, { actorId: ctx.userId, action: 'update', note: `หลักสูตร: ลงทะเบียน ${id}` });
      return this.detail(tx, id);
    });
  }

  /** Takes a wrongly enrolled elder off the course; refused once they have attendance. */
  unenrol(ctx: RequestContext, id: string, residentId: string): Promise<CourseDetailView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      await this.found(tx, id, true);
      const enrolmentId = (await this.courses.enrolmentIds(tx, id, [residentId])).get(residentId);
      if (!enrolmentId) throw enrolmentNotFound();
      if ((await this.sessions.attendanceCount(tx, id, enrolmentId)) > 0) {
        throw fieldError('residentId', 'enrolmentHasAttendance');
      }
      await this.courses.unenrol(tx, enrolmentId);
      await this.audit.record(tx, { residentId, actorId: ctx.userId, action: 'update', note: `หลักสูตร: ถอนชื่อ ${id}` });
      return this.detail(tx, id);
    });
  }

  /** What a graduate went on to do; only for elders who completed the course. */
  followUp(ctx: RequestContext, id: string, residentId: string, dto: FollowUpDto): Promise<EnrolmentView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      await this.found(tx, id);
      const enrolmentId = (await this.courses.enrolmentIds(tx, id, [residentId])).get(residentId);
      if (!enrolmentId) throw enrolmentNotFound();
      const today = todayInBangkok();
      const before = (await this.courses.enrolments(tx, today, id)).find((e) => e.resident.id === residentId)!;
      if (dto.followUp !== null && !before.completed) {
        throw fieldError('followUp', 'notCompleted');
      }
      await this.courses.setFollowUp(tx, enrolmentId, dto.followUp, dto.followUpNote);
      await this.audit.record(tx, { residentId, actorId: ctx.userId, action: 'update', note: `หลักสูตร: ผลการติดตาม ${dto.followUp ?? '-'} (${id})` });
      return (await this.courses.enrolments(tx, today, id)).find((e) => e.resident.id === residentId)!;
    });
  }

  private scheduleDates(s: { startDate: string; endDate: string; weekdays: number[] }): string[] {
    const dates = sessionDates(s.startDate, s.endDate, s.weekdays);
    if (dates.length === 0) throw fieldError('weekdays', 'noSessions');
    return dates;
  }

  async detail(tx: TenantTx, id: string): Promise<CourseDetailView> {
    const today = todayInBangkok();
    const course = await this.found(tx, id);
    return { ...course, sessions: await this.sessions.list(tx, today, id), enrolments: await this.courses.enrolments(tx, today, id) };
  }

  async found(tx: TenantTx, id: string, lock = false): Promise<CourseView> {
    const course = await this.courses.find(tx, todayInBangkok(), id, lock);
    if (!course) throw courseNotFound();
    return course;
  }
}
