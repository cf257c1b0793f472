import { Injectable, type PipeTransform } from '@nestjs/common';
import { invalidField } from '../common/domain-errors';

/** A Buddhist-Era year in the path, 2500–2700. */
@Injectable()
export class ParseBeYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || year < 2500 || year > 2700) throw invalidField('year', 'year');
    return year;
  }
}
