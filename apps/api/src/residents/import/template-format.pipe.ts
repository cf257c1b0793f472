import { Injectable, type PipeTransform } from '@nestjs/common';
import { fieldError } from '../../common/domain-errors';

@Injectable()
export class TemplateFormatPipe implements PipeTransform<string | undefined, 'csv' | 'xlsx'> {
  transform(value: string | undefined): 'csv' | 'xlsx' {
    if (value === undefined || value === 'csv' || value === 'xlsx') return value ?? 'xlsx';
    throw fieldError('format', 'format', 'รูปแบบไฟล์ต้องเป็น csv หรือ xlsx');
  }
}
