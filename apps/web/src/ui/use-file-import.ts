import { useState, type FormEvent } from 'react';
import type { ImportResult } from '@elderwork/contracts';

interface ImportApi {
  import(file: File): Promise<ImportResult>;
  downloadTemplate(format: 'csv' | 'xlsx'): Promise<unknown>;
}

/** The state of an import page (registry, income): the chosen file, upload, result, errors, templates. */
export function useFileImport(api: ImportApi) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setMissingFile(!file);
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.import(file));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const template = (format: 'csv' | 'xlsx') => () => {
    api.downloadTemplate(format).catch((e: unknown) => setError(e));
  };

  return { file, setFile, busy, error, missingFile, result, upload, template };
}
