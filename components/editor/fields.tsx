import type { ReactNode } from 'react';
import { control, fieldError, fieldLabel, hint as hintStyle } from '@/components/auth/form-styles';

/**
 * A labelled form control with its hint and an `aria-live` error region that the control names
 * in `aria-describedby`. Uncontrolled: the form re-mounts with the typed values after an answer.
 */
interface FieldProps {
  form: string;
  name: string;
  label: string;
  errors?: Partial<Record<string, string[]>>;
  hint?: ReactNode;
  className?: string;
}

function ids(form: string, name: string) {
  const id = `${form}-${name}`;
  return { id, error: `${id}-error`, hint: `${id}-hint`, message: `${form}-message` };
}

function Frame({
  form,
  name,
  label,
  errors,
  hint,
  className,
  children,
}: FieldProps & { children: ReactNode }) {
  const i = ids(form, name);
  return (
    <div className={className}>
      <label htmlFor={i.id} className={fieldLabel}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={i.hint} className={hintStyle}>
          {hint}
        </p>
      ) : null}
      <p id={i.error} aria-live="polite" className={fieldError}>
        {errors?.[name]?.[0]}
      </p>
    </div>
  );
}

function controlProps({ form, name, errors, hint }: FieldProps) {
  const i = ids(form, name);
  return {
    id: i.id,
    name,
    'aria-invalid': errors?.[name] ? true : undefined,
    'aria-describedby': [i.error, hint ? i.hint : '', i.message].filter(Boolean).join(' '),
  };
}

export function TextField(
  props: FieldProps & {
    defaultValue?: string;
    type?: string;
    maxLength?: number;
    required?: boolean;
    onChange?: (value: string) => void;
  },
) {
  return (
    <Frame {...props}>
      <input
        {...controlProps(props)}
        type={props.type ?? 'text'}
        defaultValue={props.defaultValue}
        required={props.required}
        onChange={props.onChange ? (e) => props.onChange?.(e.target.value) : undefined}
        className={control}
      />
    </Frame>
  );
}

export function TextArea(
  props: FieldProps & {
    defaultValue?: string;
    rows?: number;
    required?: boolean;
    onChange?: (value: string) => void;
  },
) {
  return (
    <Frame {...props}>
      <textarea
        {...controlProps(props)}
        rows={props.rows ?? 3}
        defaultValue={props.defaultValue}
        required={props.required}
        onChange={props.onChange ? (e) => props.onChange?.(e.target.value) : undefined}
        className={`${control} py-2`}
      />
    </Frame>
  );
}

export function SelectField(
  props: FieldProps & {
    defaultValue?: string;
    options: readonly { value: string; label: string }[];
    /** Label of a leading empty option; none when omitted. */
    empty?: string;
  },
) {
  return (
    <Frame {...props}>
      <select {...controlProps(props)} defaultValue={props.defaultValue} className={control}>
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** The form's message region, named by every control's `aria-describedby`. */
export function FormMessage({ form, message }: { form: string; message?: string }) {
  return (
    <p
      id={`${form}-message`}
      aria-live="polite"
      className="font-semibold text-red-800 empty:hidden dark:text-red-300"
    >
      {message}
    </p>
  );
}
