import { useRef, useState, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResidentView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { residentsApi } from '../../api/endpoints';
import { residentKeys } from '../../api/keys';
import { elderName, searchTerm } from '../../ui/elder';
import type { GridRow } from './grid-rows';

interface ElderCellProps {
  row: GridRow;
  /** 0-based grid index: the cell is `data-cell="<index>:0"`. */
  index: number;
  invalid: boolean;
  describedBy?: string;
  onType: (text: string) => void;
  onChoose: (resident: ResidentView) => void;
}

/**
 * The grid's elder cell: type a name or national ID and press Enter. One match is chosen at once
 * (and the amount cell takes the focus); several are offered as a list (arrows, Enter, Escape).
 */
export function ElderCell({ row, index, invalid, describedBy, onType, onChoose }: ElderCellProps) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<ResidentView[] | null>(null);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<'idle' | 'searching' | 'none' | 'failed'>('idle');
  const generation = useRef(0);
  const queryClient = useQueryClient();
  const listId = `elder-options-${row.key}`;

  const choose = (resident: ResidentView) => {
    setOptions(null);
    setStatus('idle');
    onChoose(resident);
  };

  const search = async () => {
    const q = row.elderText.trim();
    if (!q) return;
    const mine = ++generation.current;
    setStatus('searching');
    setOptions(null);
    try {
      // Through the cache: the same search again (another row, say) is answered at once.
      const params = { q: searchTerm(q), pageSize: 10 };
      const page = await queryClient.fetchQuery({ queryKey: residentKeys.list(params), queryFn: () => residentsApi.list(params) });
      if (mine !== generation.current) return;
      if (page.items.length === 1) choose(page.items[0]);
      else if (page.items.length === 0) setStatus('none');
      else {
        setOptions(page.items);
        setActive(0);
        setStatus('idle');
      }
    } catch {
      if (mine === generation.current) setStatus('failed');
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (options && options.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((a) => (a + step + options.length) % options.length);
        return;
      }
      if (event.key === 'Enter') {
        event.preventDefault();
        choose(options[active]);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setOptions(null);
        return;
      }
    }
    // Enter on typed text searches; on a chosen elder it moves on like any other cell (the grid handles it).
    if (event.key === 'Enter' && row.residentId === null && row.elderText.trim() !== '') {
      event.preventDefault();
      void search();
    }
  };

  const message =
    status === 'searching' ? t('occupations.income.searching') : status === 'none' ? t('occupations.income.noneFound') : status === 'failed' ? t('common.loadFailed') : null;

  return (
    <div className="elder-cell">
      <input
        type="text"
        role="combobox"
        aria-label={`${t('occupations.income.col.elder')} ${index + 1}`}
        aria-required="true"
        aria-expanded={options !== null && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={t('occupations.income.elderPlaceholder')}
        value={row.elderText}
        onChange={(e) => {
          setStatus('idle');
          setOptions(null);
          onType(e.target.value);
        }}
        onKeyDown={onKeyDown}
        data-cell={`${index}:0`}
        data-testid={`cell-${index + 1}-elder`}
        data-resident={row.residentId ?? ''}
      />
      {row.residentId && row.nationalId && <small className="mono muted">{formatNationalId(row.nationalId)}</small>}
      {message && (
        <small className="muted" role="status">
          {message}
        </small>
      )}
      {options && options.length > 0 && (
        <ul className="elder-cell-options" role="listbox" id={listId} aria-label={t('occupations.income.several')}>
          {options.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault(); // keep the focus in the cell
                choose(r);
              }}
              data-testid="elder-cell-option"
            >
              {elderName(r)} <span className="mono muted">{formatNationalId(r.nationalId)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
