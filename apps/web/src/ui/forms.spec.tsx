import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { vi } from 'vitest';
import { EndAssignmentDto } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { useDtoForm } from './forms';
import { FieldError } from './FieldError';
import { SaveProblemAlert } from './SaveProblem';

interface EndValues {
  to: string;
  reason: string;
}

/** A form as the features write it: the DTO, the defaults, the mutation. */
function EndForm({ mutate, onSuccess }: { mutate: (dto: EndAssignmentDto) => Promise<unknown>; onSuccess?: () => void }) {
  const { form, onSubmit, problem, pending } = useDtoForm<EndValues, EndAssignmentDto>({
    Dto: EndAssignmentDto,
    defaults: { to: '', reason: '' },
    mutate,
    onSuccess,
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      {problem && <SaveProblemAlert problem={problem} />}
      <input aria-label="to" {...form.register('to')} />
      <FieldError name="to" error={errors.to} />
      <input aria-label="reason" {...form.register('reason')} />
      <FieldError name="reason" error={errors.reason} />
      <button type="submit" disabled={pending}>
        save
      </button>
    </form>
  );
}

const refusal = (errors: { field: string; code: string; message: string }[]) =>
  new ApiError(400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'ข้อมูลไม่ถูกต้อง', errors });

describe('useDtoForm', () => {
  it('checks the values with the DTO and sends nothing while they are wrong', async () => {
    const mutate = vi.fn(() => Promise.resolve());
    render(<EndForm mutate={mutate} />);
    fireEvent.click(screen.getByText('save'));
    expect(await screen.findByTestId('error-to')).toBeTruthy();
    expect(mutate).not.toHaveBeenCalled();
  });

  it('sends the DTO the transforms made (a BE date becomes ISO) and calls onSuccess', async () => {
    const mutate = vi.fn((_dto: EndAssignmentDto) => Promise.resolve());
    const onSuccess = vi.fn();
    render(<EndForm mutate={mutate} onSuccess={onSuccess} />);
    fireEvent.change(screen.getByLabelText('to'), { target: { value: '15/03/2569' } });
    fireEvent.click(screen.getByText('save'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(mutate.mock.calls[0]?.[0]).toMatchObject({ to: '2026-03-15' });
    expect(screen.queryByTestId('form-error')).toBeNull();
  });

  it('puts the server’s field errors on their fields (the field list is the defaults’ keys) and lists the rest', async () => {
    const mutate = vi.fn(() =>
      Promise.reject(
        refusal([
          { field: 'to', code: 'careEndBeforeStart', message: 'วันสิ้นสุดการดูแลต้องไม่ก่อนวันเริ่ม' },
          { field: 'elsewhere', code: 'wrong', message: 'ข้อความที่ไม่มีช่องของมัน' },
        ]),
      ),
    );
    const onSuccess = vi.fn();
    render(<EndForm mutate={mutate} onSuccess={onSuccess} />);
    fireEvent.change(screen.getByLabelText('to'), { target: { value: '15/03/2569' } });
    fireEvent.click(screen.getByText('save'));
    expect((await screen.findByTestId('error-to')).textContent).toBe('วันสิ้นสุดการดูแลต้องไม่ก่อนวันเริ่ม');
    const alert = screen.getByTestId('form-error');
    expect(alert.textContent).toContain('ข้อความที่ไม่มีช่องของมัน');
    expect(alert.textContent).not.toContain('วันสิ้นสุดการดูแลต้องไม่ก่อนวันเริ่ม');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('shows a refusal that is not about fields (a stale version) and clears it on the next save', async () => {
    const mutate = vi
      .fn<(dto: EndAssignmentDto) => Promise<unknown>>()
      .mockRejectedValueOnce(new ApiError(409, { statusCode: 409, code: 'STALE_VERSION', message: 'มีผู้แก้ไขก่อน' }))
      .mockResolvedValueOnce(undefined);
    render(<EndForm mutate={mutate} />);
    fireEvent.change(screen.getByLabelText('to'), { target: { value: '15/03/2569' } });
    fireEvent.click(screen.getByText('save'));
    expect(await screen.findByTestId('stale-error')).toBeTruthy();
    fireEvent.click(screen.getByText('save'));
    await waitFor(() => expect(screen.queryByTestId('stale-error')).toBeNull());
    expect(mutate).toHaveBeenCalledTimes(2);
  });
});
