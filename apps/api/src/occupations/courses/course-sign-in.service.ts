import { Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@elderwork/contracts';
import { DomainError, ruleError } from '../../common/domain-errors';
import { laoOf, type RequestContext } from '../../common/request-context';
import { TenantDb } from '../../database/tenant-db';
import { OrgUnitsRepository } from '../../org-units/org-units.repository';
import { AccessLogRepository } from '../../residents/access-log.repository';
import { sessionNotFound } from '../occupations.exception';
import { CoursesService } from './courses.service';
import { signInSheetPdf } from './sign-in-sheet';

/** The paper sign-in sheet of a course session, as a PDF (issue 15, decision 0062). */
@Injectable()
export class CourseSignInService {
  constructor(
    private readonly db: TenantDb,
    private readonly courses: CoursesService,
    private readonly laos: OrgUnitsRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  /** 404 for another course's or another LAO's session; 409 for a cancelled one. The names it prints are logged as a read. */
  async sheet(ctx: RequestContext, courseId: string, sessionId: string): Promise<Buffer> {
    const { lao, course, session } = await this.db.run(laoOf(ctx), async (tx) => {
      const course = await this.courses.detail(tx, courseId);
      const session = course.sessions.find((s) => s.id === sessionId);
      if (!session) throw sessionNotFound();
      if (session.cancelled) {
        const error = ruleError('sessionId', 'signInCancelledSession');
        throw new DomainError(409, ERROR_CODES.conflict, error.message, { errors: [error] });
      }
      await this.accessLog.record(tx, { actorId: ctx.userId, list: 'GET /api/courses/:id/sessions/:sessionId/sign-in-sheet', filters: { courseId, sessionId }, count: course.enrolments.length });
      return { lao: (await this.laos.laoHeading(tx)).name, course, session };
    });
    return signInSheetPdf(lao, course, session);
  }
}
