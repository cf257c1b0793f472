import type { FieldError as HookFieldError, UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from '../ui/FieldError';

interface CheckGroupProps {
  /** The form field (an array of the checked values); each box's id is `<name>-<value>`. */
  name: string;
  label: string;
  options: { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  error?: HookFieldError;
  required?: boolean;
  className?: string;
}

/** Several checkboxes that fill one array field (weekdays, subjects, fields of work). */
export function CheckGroup({ name, label, options, registration, error, required, className }: CheckGroupProps) {
  return (
    <fieldset className={`occ-checks${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`} data-testid={`checks-${name}`}>
      <legend>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </legend>
      <div className="occ-check-options">
        {options.map((o) => (
          <label key={o.value} className="occ-check" htmlFor={`${name}-${o.value}`}>
            <input type="checkbox" id={`${name}-${o.value}`} value={o.value} aria-invalid={error ? true : undefined} {...registration} />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError name={name} error={error} />
    </fieldset>
  );
}
