import { useMutation, useQuery } from '@tanstack/react-query';
import { statisticsApi, type StatisticsQuery, type YearType } from '../api/endpoints';
import { statisticsKeys } from './keys';

export const useStatistics = (query: StatisticsQuery) => useQuery({ queryKey: statisticsKeys.figures(query), queryFn: () => statisticsApi.get(query) });

export const useMissingLaos = (year: number, yearType: YearType) =>
  useQuery({ queryKey: statisticsKeys.missing(year, yearType), queryFn: () => statisticsApi.missing(year, yearType) });

/** A file of the figures shown (saved under the API's name); it changes nothing. */
export const useExportStatistics = () =>
  useMutation({ mutationFn: ({ query, format }: { query: StatisticsQuery; format: 'csv' | 'xlsx' }) => statisticsApi.download(query, format) });
