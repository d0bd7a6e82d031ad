'use client';
import { useLocale } from 'next-intl';
import { useId, useState, type ChangeEvent, type ComponentProps } from 'react';
import { FILE_TOO_LARGE, MAX_FILE_BYTES } from '@/lib/documents/limits';
import { translateError } from '@/lib/i18n/errors';

type Props = Omit<ComponentProps<'input'>, 'type' | 'onChange'> & { tooLarge?: string };

/**
 * A file field that refuses a file over 10 MB as soon as it is chosen: its message is shown and the form cannot be
 * sent, instead of sending megabytes for the server to refuse (it checks again).
 */
export function FileInput({ tooLarge = FILE_TOO_LARGE, className = 'block text-sm', ...props }: Props) {
  const [error, setError] = useState('');
  const errorId = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const message = Array.from(event.currentTarget.files ?? []).some((file) => file.size > MAX_FILE_BYTES) ? tooLarge : '';
    event.currentTarget.setCustomValidity(message);
    setError(message);
  };
  return (
    <>
      <input type="file" className={className} onChange={onChange} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...props} />
      {error && (
        <span id={errorId} role="alert" className="block text-xs text-red-700">
          {error}
        </span>
      )}
    </>
  );
}

/** FileInput for portal pages: the message in the user's language. */
export function PortalFileInput(props: Omit<Props, 'tooLarge'>) {
  const locale = useLocale();
  return <FileInput {...props} tooLarge={translateError(FILE_TOO_LARGE, locale)} />;
}
