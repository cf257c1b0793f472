import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignRecipientDto,
  CaregiverStatus,
  CreateCaregiverDto,
  CreateCareVisitDto,
  EndAssignmentDto,
  MarkStipendPaidDto,
  UpdateCaregiverDto,
} from '@elderwork/contracts';
import { adlApi, caregiversApi, careVisitsApi, stipendsApi, type CareVisitQuery } from '../api/endpoints';
import { adlKeys } from '../api/keys';
import { caregiverKeys } from './keys';

export const useCaregivers = (status?: CaregiverStatus) => useQuery({ queryKey: caregiverKeys.list(status), queryFn: () => caregiversApi.list(status) });
export const useCaregiver = (id: string) => useQuery({ queryKey: caregiverKeys.detail(id), queryFn: () => caregiversApi.get(id) });
export const useCaregiverMonth = (id: string, month: string) =>
  useQuery({ queryKey: caregiverKeys.month(id, month), queryFn: () => caregiversApi.month(id, month) });
export const useFollowUp = () => useQuery({ queryKey: caregiverKeys.followUp(), queryFn: () => caregiversApi.followUp() });
export const useCareVisits = (query: CareVisitQuery) => useQuery({ queryKey: caregiverKeys.visits(query), queryFn: () => careVisitsApi.list(query) });
export const useStipends = (month: string) => useQuery({ queryKey: caregiverKeys.stipends(month), queryFn: () => stipendsApi.list(month) });

/**
 * The chosen elder's ADL history, read only once an elder is chosen (each read of health data is
 * audited, PDPA s.26); shared with the ADL page's key.
 */
export const useElderAdl = (residentId: string | undefined) =>
  useQuery({ queryKey: adlKeys.history(residentId ?? ''), queryFn: () => adlApi.history(residentId ?? ''), enabled: residentId !== undefined });

/** A change of long-term care: everything under `caregiverKeys.all` is read again (see keys.ts). */
function useCareMutation<TArg, TResult>(run: (arg: TArg) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: caregiverKeys.all }) });
}

export const useCreateCaregiver = () => useCareMutation((dto: CreateCaregiverDto) => caregiversApi.create(dto));
export const useUpdateCaregiver = (id: string) => useCareMutation((dto: UpdateCaregiverDto) => caregiversApi.update(id, dto));
export const useAssignRecipient = (caregiverId: string) => useCareMutation((dto: AssignRecipientDto) => caregiversApi.assign(caregiverId, dto));
export const useEndAssignment = (caregiverId: string, recipientId: string) =>
  useCareMutation((dto: EndAssignmentDto) => caregiversApi.endAssignment(caregiverId, recipientId, dto));
export const useCreateVisit = () => useCareMutation((dto: CreateCareVisitDto) => careVisitsApi.create(dto));
export const useGenerateStipends = () => useCareMutation((month: string) => stipendsApi.generate(month));
export const useMarkStipendPaid = (stipendId: string) => useCareMutation((dto: MarkStipendPaidDto) => stipendsApi.markPaid(stipendId, dto));
