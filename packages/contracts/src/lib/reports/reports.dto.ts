import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { th } from '../validation/messages';
import { Omittable } from '../validation/decorators';
import { ToBoolean, ToInt, Trim } from '../validation/transforms';
import { YEAR_TYPES } from '../section35/section35';
import { EXPORT_LAYOUTS, MODELS, REPORT_VERSIONS, type ReportVersion, REPORT_AGE_BANDS, REPORT_DISABILITY_TYPES, STATISTICS_GROUPS, type ExportLayout, type Model, type ReportAgeBand, type ReportDisabilityType, type StatisticsGroup } from './reports';

export class ReportQueryDto {
  @ToInt() @IsDefined({ message: th('year') }) @IsInt({ message: th('year') }) @Min(2500, { message: th('year') }) @Max(2700, { message: th('year') })
  year!: number;
  @IsOptional() @IsIn([...YEAR_TYPES], { message: th('yearType') })
  yearType?: 'fiscal' | 'calendar';
  @IsOptional() @IsIn([...REPORT_VERSIONS], { message: th('reportVersion') })
  version?: ReportVersion;
}

/** Body of withdraw. */
export class ReportStepDto {
  @Omittable() @IsIn([...YEAR_TYPES], { message: th('yearType') })
  yearType?: 'fiscal' | 'calendar';
}

/** Body of submit and approve: an optional note, kept with the step. */
export class ReportNoteDto extends ReportStepDto {
  @IsOptional() @Trim() @IsString({ message: th('note') }) @MaxLength(500, { message: th('note') })
  note?: string | null;
}

/** Body of return: the admin sends the submission back with a reason. */
export class ReturnReportDto extends ReportStepDto {
  @Trim() @IsDefined({ message: th('reason') }) @IsString({ message: th('reason') }) @MinLength(1, { message: th('reason') }) @MaxLength(500, { message: th('reason') })
  reason!: string;
}

export class ReopenReportDto {
  @Omittable() @IsIn([...YEAR_TYPES], { message: th('yearType') })
  yearType?: 'fiscal' | 'calendar';
  @Trim() @IsDefined({ message: th('reason') }) @IsString({ message: th('reason') }) @MinLength(1, { message: th('reason') }) @MaxLength(500, { message: th('reason') })
  reason!: string;
}

export class ReportExportQueryDto extends ReportQueryDto {
  @IsDefined({ message: th('reportExportFormat') }) @IsIn(['xlsx', 'pdf'], { message: th('reportExportFormat') })
  format!: 'xlsx' | 'pdf';
}

export class DrillDownQueryDto {
  @ToInt() @IsDefined({ message: th('year') }) @IsInt({ message: th('year') }) @Min(2500, { message: th('year') }) @Max(2700, { message: th('year') })
  year!: number;
  @IsOptional() @IsIn([...YEAR_TYPES], { message: th('yearType') })
  yearType?: 'fiscal' | 'calendar';
  @IsOptional() @IsIn([...MODELS], { message: th('model') })
  model?: Model;
  @IsOptional() @Matches(/^\d{4}-\d{2}$/, { message: th('month') })
  month?: string;
  @IsOptional() @IsIn(['male', 'female'], { message: th('sex') })
  sex?: string;
  @IsOptional() @IsIn([...REPORT_AGE_BANDS], { message: th('ageBand') })
  ageBand?: ReportAgeBand;
  @IsOptional() @IsIn([...REPORT_DISABILITY_TYPES], { message: th('disabilityType') })
  disabilityType?: ReportDisabilityType;
}

/** CSV of the records; national IDs are masked unless `full=true` (an audited action of LAO staff and admins). */
export class DrillDownExportQueryDto extends DrillDownQueryDto {
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  full?: boolean;
  /** `thai` (default): Thai headings and labels, BE months, no ids — for people. `codes`: codes, CE months and ids — for systems. */
  @IsOptional() @IsIn([...EXPORT_LAYOUTS], { message: th('exportLayout') })
  layout?: ExportLayout;
}

export class StatisticsQueryDto {
  @ToInt() @IsDefined({ message: th('year') }) @IsInt({ message: th('year') }) @Min(2500, { message: th('year') }) @Max(2700, { message: th('year') })
  year!: number;
  @IsOptional() @IsIn([...YEAR_TYPES], { message: th('yearType') })
  yearType?: 'fiscal' | 'calendar';
  @IsOptional() @IsIn([...STATISTICS_GROUPS], { message: th('groupBy') })
  groupBy?: StatisticsGroup;
  @IsOptional() @IsIn([...MODELS], { message: th('model') })
  model?: Model;
}

export class StatisticsExportQueryDto extends StatisticsQueryDto {
  @IsDefined({ message: th('statisticsExportFormat') }) @IsIn(['csv', 'xlsx'], { message: th('statisticsExportFormat') })
  format!: 'csv' | 'xlsx';
  /** `thai` (default) or `codes` (CSV only: codes and English headers, for systems). */
  @IsOptional() @IsIn([...EXPORT_LAYOUTS], { message: th('exportLayout') })
  layout?: ExportLayout;
}
