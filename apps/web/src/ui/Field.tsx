import type { ReactNode } from 'react';
import type { FieldError as HookFieldError } from 'react-hook-form';
import { FieldError } from './FieldError';

interface FieldProps {
  name: string;
  label: string;
  error?: HookFieldError;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/** Label, control, hint and error of one form field. The control's id must equal `name`. */
export function Field({ name, label, error, hint, required, className, children }: FieldProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={name}>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      {children}
      {hint && (
        <small className="field-hint" id={`${name}-hint`}>
          {hint}
        </small>
      )}
      <FieldError name={name} error={error} />
    </div>
  );
}
