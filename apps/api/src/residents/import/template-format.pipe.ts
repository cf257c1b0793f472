import { Injectable, type PipeTransform } from '@nestjs/common';
import { invalidField } from '../../common/domain-errors';

@Injectable()
export class TemplateFormatPipe implements PipeTransform<string | undefined, 'csv' | 'xlsx'> {
  transform(value: string | undefined): 'csv' | 'xlsx' {
    if (value === undefined || value === 'csv' || value === 'xlsx') return value ?? 'xlsx';
    // The same words as the statistics export's format (VALIDATION_MESSAGES.statisticsExportFormat).
    throw invalidField('format', 'statisticsExportFormat', 'format');
  }
}
