import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountMessage, CreateUserDto, UserView } from '@elderwork/contracts';
import { usersApi } from '../api/endpoints';
import { userKeys } from './keys';

export function useUsers(orgUnitCode: string) {
  return useQuery({ queryKey: userKeys.list(orgUnitCode), queryFn: () => usersApi.list(orgUnitCode || undefined) });
}

/** Every change of an account refreshes the lists (an account may show under several filters). */
function useUsersMutation<TArg, TResult>(run: (arg: TArg) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }) });
}

export const useCreateUser = () => useUsersMutation((dto: CreateUserDto) => usersApi.create(dto));
export const useImportUsers = () => useUsersMutation((file: File) => usersApi.import(file));

/** What an administrator does to one account from the list. */
export type UserAction = 'activate' | 'deactivate' | 'sendResetLink' | 'unlock' | 'resetSecondFactor';

const ACTIONS: Record<UserAction, (user: UserView) => Promise<UserView | AccountMessage | void>> = {
  activate: (user) => usersApi.update(user.id, { active: true }),
  deactivate: (user) => usersApi.update(user.id, { active: false }),
  sendResetLink: (user) => usersApi.sendResetLink(user.id),
  unlock: (user) => usersApi.unlock(user.id),
  resetSecondFactor: (user) => usersApi.resetSecondFactor(user.id),
};

/** One mutation for the list's actions: one at a time, one error shown, the list read again after each. */
export const useUserAction = () => useUsersMutation(({ action, user }: { action: UserAction; user: UserView }) => ACTIONS[action](user));
