import { Injectable, type PipeTransform } from '@nestjs/common';
import { parseCeMonth } from '@elderwork/contracts';
import { invalidField } from '../common/domain-errors';

/** A month in the path: 'YYYY-MM' with a CE or BE year → CE 'YYYY-MM'; anything else is 400 on `month`. */
@Injectable()
export class ParseMonthPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const month = parseCeMonth(value);
    if (!month) throw invalidField('month', 'careMonth', 'month');
    return month;
  }
}
