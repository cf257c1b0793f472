import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordDto, ConfirmSecondFactorDto, ForgotPasswordDto, SetPasswordDto, StartSecondFactorDto } from '@elderwork/contracts';
import { authApi } from '../api/endpoints';
import { accountKeys } from './keys';

export const useChangePassword = () => useMutation({ mutationFn: (dto: ChangePasswordDto) => authApi.changePassword(dto) });
export const useForgotPassword = () => useMutation({ mutationFn: (dto: ForgotPasswordDto) => authApi.forgot(dto) });
/** The mail's link: activate a new account or reset a password (decision 0023). */
export const useSetPassword = (mode: 'activate' | 'reset') =>
  useMutation({ mutationFn: (dto: SetPasswordDto) => (mode === 'activate' ? authApi.activate(dto) : authApi.reset(dto)) });

export const useSecondFactorStatus = () => useQuery({ queryKey: accountKeys.secondFactor(), queryFn: () => authApi.secondFactor() });
export const useStartSecondFactor = () => useMutation({ mutationFn: (dto: StartSecondFactorDto) => authApi.startSecondFactor(dto) });
/** Turning the second factor on changes what the section shows (on, recovery codes left). */
export function useConfirmSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dto: ConfirmSecondFactorDto) => authApi.confirmSecondFactor(dto),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.secondFactor() }),
  });
}
