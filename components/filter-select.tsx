import type { ReactNode } from 'react';
import { control, fieldLabel } from '@/components/auth/form-styles';

export interface FilterSelectOption {
  value: string;
  label: string;
}

/**
 * One labelled drop-down of a GET filter form (the claim lists, the audit log), where the URL is
 * the state: `defaultValue` is the value in the URL, `any` the label of the empty choice when
 * the filter may be left unset.
 */
export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  any,
  options,
  children,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  any?: string;
  options: readonly FilterSelectOption[];
  /** Options shown before the list, e.g. a chosen value the list does not hold. */
  children?: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={control}>
        {any === undefined ? null : <option value="">{any}</option>}
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
