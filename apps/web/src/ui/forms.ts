import { useState, type BaseSyntheticEvent } from 'react';
import { classValidatorResolver } from '@hookform/resolvers/class-validator';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type ResolverOptions,
  type UseFormProps,
  type UseFormReturn,
  type UseFormSetError,
} from 'react-hook-form';
import { requiring } from './form-utils';
import { problemOf, type SaveProblem } from './SaveProblem';

/** A contracts DTO class (class-validator decorators on its fields). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- class-validator takes any constructor
export type DtoClass = new (...args: any[]) => object;

/**
 * The one place a contracts DTO becomes a react-hook-form resolver (issue 14). The form holds its
 * values as typed (`TValues`: strings, BE dates); the DTO's transforms and validators turn them into
 * what is sent (`TDto`). `input` reshapes the values first where the form holds more or other than
 * the DTO checks (a picked elder, a version riding along, the ADL items or the total alone).
 *
 * The cast lives here only: the class-validator resolver is typed on the DTO's own shape, and a
 * form's values differ from it by design (strings before the transforms).
 */
export function dtoResolver<TValues extends FieldValues, TDto = TValues>(
  Dto: DtoClass,
  input?: (values: TValues) => Record<string, unknown>,
): Resolver<TValues, unknown, TDto> {
  const base = classValidatorResolver(Dto) as unknown as Resolver<FieldValues, unknown, TDto>;
  return (values, context, options) =>
    base(input ? input(values) : values, context, options as unknown as ResolverOptions<FieldValues>) as ReturnType<Resolver<TValues, unknown, TDto>>;
}

/** How a form built with `useDtoForm` checks its values: a DTO class (with `input`, `required`), or a resolver of its own. */
type DtoCheck<TValues extends FieldValues, TDto> =
  | {
      /** The contracts DTO class; its instance type is what is sent. */
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- class-validator takes any constructor
      Dto: new (...args: any[]) => TDto;
      /** Reshape the values before the DTO checks them (see `dtoResolver`). */
      input?: (values: TValues) => Record<string, unknown>;
      /** "Choose …" messages for pickers left empty (see `requiring`). */
      required?: Partial<Record<keyof TValues & string, string>>;
      resolver?: never;
    }
  | { resolver: Resolver<TValues, unknown, TDto>; Dto?: never; input?: never; required?: never };

export type DtoFormOptions<TValues extends FieldValues, TDto, TResult> = DtoCheck<TValues, TDto> & {
  /** The form's empty (or current) values; its field list is their keys. */
  defaults: TValues;
  /** Sends the checked DTO: usually a mutation's `mutateAsync` (the mutation invalidates what it changes). */
  mutate: (dto: TDto) => Promise<TResult>;
  /** After a save the server accepted (navigate, show a flash, reset). */
  onSuccess?: (result: TResult, dto: TDto) => void;
  /** Fields the server may blame besides the defaults' keys (a picker kept outside the values, say). */
  extraFields?: readonly string[];
  /** Where a 409 conflict's `existingId` links to. */
  existingPath?: (id: string) => string;
  /**
   * A form's own reading of a refusal (a message of its own for a duplicate, put on its field):
   * a problem to show, null when the fields say it all, or undefined for the common `problemOf`.
   */
  problemOf?: (error: unknown, setError: UseFormSetError<TValues>, fields: readonly string[]) => SaveProblem | null | undefined;
  mode?: UseFormProps<TValues>['mode'];
};

export interface DtoForm<TValues extends FieldValues, TDto> {
  form: UseFormReturn<TValues, unknown, TDto>;
  /** The `<form onSubmit>` handler: check → mutate → onSuccess, or the server's errors onto the fields. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** What the server refused beyond the fields (for `SaveProblemAlert`); null before a refusal and after a save. */
  problem: SaveProblem | null;
  setProblem: (problem: SaveProblem | null) => void;
  /** True while the check and the save run. */
  pending: boolean;
  fields: readonly string[];
}

/**
 * A react-hook-form form that submits a contracts DTO through a mutation (issue 14): the DTO (or
 * a form's resolver) checks the values, `mutate` sends them, and a refusal puts the server's field
 * errors onto their fields (`problemOf`) and the rest into `problem`.
 */
export function useDtoForm<TValues extends FieldValues, TDto, TResult = unknown>(
  options: DtoFormOptions<TValues, TDto, TResult>,
): DtoForm<TValues, TDto> {
  const { defaults, mutate, onSuccess, extraFields, existingPath, mode } = options;
  // Built each render: react-hook-form reads its options anew every render, so an `input` that
  // closes over props (the picked elder, the version) always sees the current ones.
  const resolver = options.resolver ?? checkWith<TValues, TDto>(options.Dto as DtoClass, options.input, options.required);
  const form = useForm<TValues, unknown, TDto>({ resolver, defaultValues: defaults as DefaultValues<TValues>, mode });
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const fields = [...Object.keys(defaults), ...(extraFields ?? [])];
  const read = (error: unknown): SaveProblem | null => {
    const own = options.problemOf?.(error, form.setError, fields);
    return own !== undefined ? own : problemOf(error, form.setError, fields, existingPath);
  };

  const onSubmit = form.handleSubmit(async (dto) => {
    setProblem(null);
    let result: TResult;
    try {
      result = await mutate(dto);
    } catch (error) {
      setProblem(read(error));
      return;
    }
    onSuccess?.(result, dto);
  });

  return { form, onSubmit, problem, setProblem, pending: form.formState.isSubmitting, fields };
}

function checkWith<TValues extends FieldValues, TDto>(
  Dto: DtoClass,
  input: ((values: TValues) => Record<string, unknown>) | undefined,
  required: Partial<Record<keyof TValues & string, string>> | undefined,
): Resolver<TValues, unknown, TDto> {
  const base = dtoResolver<TValues, TDto>(Dto, input);
  return required ? requiring(base, required) : base;
}
