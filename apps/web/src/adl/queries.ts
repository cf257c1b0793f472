import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateAdlAssessmentDto } from '@elderwork/contracts';
import { adlApi, residentsApi } from '../api/endpoints';
import { adlKeys, residentKeys } from '../api/keys';

/** The elder assessed (the registry's record, shared with the registry's pages). */
export const useResident = (id: string) => useQuery({ queryKey: residentKeys.detail(id), queryFn: () => residentsApi.get(id) });

export const useAdlHistory = (residentId: string) => useQuery({ queryKey: adlKeys.history(residentId), queryFn: () => adlApi.history(residentId) });

/**
 * A new assessment: the history changes, and so may what the registry shows of the elder
 * (dependency flags, decision 0034) and the caregivers' recipients' groups.
 */
export function useCreateAdl(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dto: CreateAdlAssessmentDto) => adlApi.create(residentId, dto),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adlKeys.history(residentId) }),
        queryClient.invalidateQueries({ queryKey: residentKeys.all }),
      ]),
  });
}
