import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AttendanceDto, CourseQueryDto, CreateCourseDto, CreateSessionDto, EnrolDto, FollowUpDto, UpdateCourseDto, UpdateSessionDto,
  type CourseDetailView, type CourseSessionView, type CourseView, type EnrolmentView,
} from '@elderwork/contracts';
import { PersonLevel } from '../../auth/access.decorators';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { CourseSessionsService } from './course-sessions.service';
import { CourseSignInService } from './course-sign-in.service';
import { CoursesService } from './courses.service';

@ApiTags('occupations')
@ApiBearerAuth()
@PersonLevel()
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly sessions: CourseSessionsService,
    private readonly signIn: CourseSignInService,
  ) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: CourseQueryDto): Promise<{ items: CourseView[]; total: number }> {
    return this.courses.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateCourseDto): Promise<CourseDetailView> {
    return this.courses.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string): Promise<CourseDetailView> {
    return this.courses.get(ctx, id);
  }

  @Patch(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateCourseDto): Promise<CourseDetailView> {
    return this.courses.update(ctx, id, dto);
  }

  @Post(':id/sessions')
  addSession(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: CreateSessionDto): Promise<CourseSessionView> {
    return this.sessions.add(ctx, id, dto);
  }

  @Patch(':id/sessions/:sessionId')
  updateSession(
    @Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Param('sessionId', ParseIdPipe) sessionId: string, @Body() dto: UpdateSessionDto,
  ): Promise<CourseSessionView> {
    return this.sessions.update(ctx, id, sessionId, dto);
  }

  /** The session's paper sign-in sheet (PDF): enrolled elders' names and a blank column to sign. */
  @Get(':id/sessions/:sessionId/sign-in-sheet')
  async signInSheet(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Param('sessionId', ParseIdPipe) sessionId: string, @Res() res: Response): Promise<void> {
    const pdf = await this.signIn.sheet(ctx, id, sessionId);
    res.type('application/pdf').attachment(`sign-in-${sessionId}.pdf`).send(pdf);
  }

  @Post(':id/sessions/:sessionId/attendance')
  @HttpCode(200)
  attendance(
    @Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Param('sessionId', ParseIdPipe) sessionId: string, @Body() dto: AttendanceDto,
  ): Promise<CourseSessionView> {
    return this.sessions.attendance(ctx, id, sessionId, dto);
  }

  @Post(':id/enrolments')
  @HttpCode(200)
  enrol(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Body() dto: EnrolDto): Promise<CourseDetailView> {
    return this.courses.enrol(ctx, id, dto);
  }

  @Delete(':id/enrolments/:residentId')
  unenrol(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Param('residentId', ParseIdPipe) residentId: string): Promise<CourseDetailView> {
    return this.courses.unenrol(ctx, id, residentId);
  }

  @Patch(':id/enrolments/:residentId')
  followUp(
    @Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: string, @Param('residentId', ParseIdPipe) residentId: string, @Body() dto: FollowUpDto,
  ): Promise<EnrolmentView> {
    return this.courses.followUp(ctx, id, residentId, dto);
  }
}
