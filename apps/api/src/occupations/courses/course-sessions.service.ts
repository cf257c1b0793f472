import { Injectable } from '@nestjs/common';
import type { AttendanceDto, CourseSessionView, CreateSessionDto, UpdateSessionDto } from '@elderwork/contracts';
import { addDays, todayInBangkok } from '@elderwork/thai';
import { requireWithin } from '../../common/date-window';
import { fieldError } from '../../common/domain-errors';
import { laoOf, type RequestContext } from '../../common/request-context';
import { TenantDb, type TenantTx } from '../../database/tenant-db';
import { AuditRepository } from '../../residents/audit.repository';
import { EldersRepository } from '../elders.repository';
import { referenceNotFound, sessionNotFound } from '../occupations.exception';
import { CourseSessionsRepository } from './course-sessions.repository';
import { CoursesRepository } from './courses.repository';
import { CoursesService } from './courses.service';

const SESSION_DATE = { th: 'วันที่เรียน', en: 'The class date' };

/** A course's sessions, one at a time: make-up sessions, moves, cancellations, and the attendance sheet. */
/** How far a make-up session may fall before the course's start or after its end (decision 0016). */
export const MAKE_UP_DAYS = 90;

@Injectable()
export class CourseSessionsService {
  constructor(
    private readonly db: TenantDb,
    private readonly courses: CoursesService,
    private readonly enrolments: CoursesRepository,
    private readonly sessions: CourseSessionsRepository,
    private readonly elders: EldersRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** An extra session (a make-up); it may fall outside the course's planned dates, by at most MAKE_UP_DAYS. */
  add(ctx: RequestContext, courseId: string, dto: CreateSessionDto): Promise<CourseSessionView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const course = await this.courses.found(tx, courseId, true);
      requireWithin('date', dto.date, addDays(course.startDate, -MAKE_UP_DAYS), addDays(course.endDate, MAKE_UP_DAYS), SESSION_DATE);
      const id = await this.sessions.insert(tx, courseId, {
        date: dto.date,
        startTime: dto.startTime ?? course.startTime,
        hours: dto.hours ?? course.hoursPerSession,
        note: dto.note ?? null,
      });
      return this.found(tx, courseId, id);
    });
  }

  /** A session with attendance keeps being held: it cannot be cancelled or moved past today. */
  update(ctx: RequestContext, courseId: string, id: string, dto: UpdateSessionDto): Promise<CourseSessionView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      const course = await this.courses.found(tx, courseId, true);
      const session = await this.found(tx, courseId, id, true);
      if (dto.date) requireWithin('date', dto.date, addDays(course.startDate, -MAKE_UP_DAYS), addDays(course.endDate, MAKE_UP_DAYS), SESSION_DATE);
      if (session.presentResidentIds.length > 0) {
        if (dto.cancelled === true) throw fieldError('cancelled', 'cancelAttendedSession');
        if (dto.date && dto.date > todayInBangkok()) throw fieldError('date', 'moveAttendedSession');
      }
      await this.sessions.update(tx, id, dto);
      return this.found(tx, courseId, id);
    });
  }

  /**
   * Replaces the session's attendance with the elders present. They must be enrolled; another
   * LAO's elder is 404, an elder of the LAO who is not enrolled is 400.
   */
  attendance(ctx: RequestContext, courseId: string, id: string, dto: AttendanceDto): Promise<CourseSessionView> {
    return this.db.run(laoOf(ctx), async (tx) => {
      await this.courses.found(tx, courseId);
      const session = await this.found(tx, courseId, id, true);
      const known = await this.elders.find(tx, dto.residentIds, true);
      if (dto.residentIds.some((r) => !known.has(r))) throw referenceNotFound('residentIds');
      const enrolled = await this.enrolments.enrolmentIds(tx, courseId, dto.residentIds);
      const notEnrolled = dto.residentIds.filter((r) => !enrolled.has(r));
      if (notEnrolled.length) {
        const names = notEnrolled.map((r) => known.get(r)!.name).join(', ');
        throw fieldError('residentIds', 'notEnrolled', { names });
      }
      if (!session.held && dto.residentIds.length > 0) {
        throw fieldError('residentIds', 'sessionNotHeld');
      }
      await this.sessions.replaceAttendance(tx, id, [...enrolled.values()]);
      const after = await this.found(tx, courseId, id);
      const was = new Set(session.presentResidentIds);
      const now = new Set(after.presentResidentIds);
      const marked = after.presentResidentIds.filter((r) => !was.has(r));
      const cleared = session.presentResidentIds.filter((r) => !now.has(r));
      await this.audit.recordMany(tx, marked, { actorId: ctx.userId, action: 'update', note: `หลักสูตร: เข้าเรียนวันที่ ${session.date} (${courseId})` });
      await this.audit.recordMany(tx, cleared, { actorId: ctx.userId, action: 'update', note: `หลักสูตร: ลบการเข้าเรียนวันที่ ${session.date} (${courseId})` });
      return after;
    });
  }

  private async found(tx: TenantTx, courseId: string, id: string, lock = false): Promise<CourseSessionView> {
    const session = await this.sessions.find(tx, todayInBangkok(), courseId, id, lock);
    if (!session) throw sessionNotFound();
    return session;
  }
}
