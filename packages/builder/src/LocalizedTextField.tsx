import type { FieldProps } from '@rjsf/utils';
import { useId } from 'react';
import { styled } from 'styled-components';
import type { BuilderWords } from './words/words.js';

export interface FormContext {
  words: BuilderWords;
}

const Group = styled.fieldset.withConfig({ componentId: 'builder-localized-text' })`
  border: 0;
  padding: 0;
  margin: 0;
  display: grid;
  gap: 0.5rem;
`;

const Row = styled.div.withConfig({ componentId: 'builder-localized-text-row' })`
  display: grid;
  grid-template-columns: 5.5rem 1fr;
  gap: 0.5rem;
  align-items: start;
  @media (max-width: 30rem) {
    grid-template-columns: 1fr;
    gap: 0.25rem;
  }
`;

/**
 * A text in Korean and English (the schema's LocalizedText): two boxes under one legend. Other languages a policy file
 * carries are kept as they are.
 */
export function LocalizedTextField(props: FieldProps<Record<string, string> | undefined>) {
  const {
    fieldPathId,
    formData,
    onChange,
    schema,
    uiSchema,
    errorSchema,
    required,
    disabled,
    readonly,
    registry,
  } = props;
  const words = (registry.formContext as FormContext).words;
  const id = fieldPathId.$id;
  const descriptionId = useId();
  const multiline = Boolean((uiSchema?.['ui:options'] as { multiline?: boolean } | undefined)?.multiline);
  const value = formData ?? {};

  const update = (language: 'ko' | 'en', text: string) => {
    const next: Record<string, string> = { ...value };
    if (text === '') delete next[language];
    else next[language] = text;
    onChange(Object.keys(next).length === 0 ? undefined : next, fieldPathId.path, undefined, id);
  };

  return (
    <Group id={id} aria-describedby={schema.description ? descriptionId : undefined}>
      <legend className="control-label">
        {schema.title}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {schema.description ? (
        <p className="field-description" id={descriptionId}>
          {schema.description}
        </p>
      ) : null}
      {(['ko', 'en'] as const).map((language) => {
        const inputId = `${id}_${language}`;
        // Errors about the text as a whole show under the field (the form's field template); these are one language's.
        const errors =
          (errorSchema as Record<string, { __errors?: string[] }> | undefined)?.[language]?.__errors ?? [];
        const errorId = `${inputId}__error`;
        const Input = multiline ? 'textarea' : 'input';
        return (
          <Row key={language}>
            <label htmlFor={inputId}>{words.localizedText[language]}</label>
            <div>
              <Input
                id={inputId}
                lang={language}
                value={value[language] ?? ''}
                disabled={disabled || readonly}
                aria-invalid={errors.length > 0 || undefined}
                aria-describedby={errors.length > 0 ? errorId : undefined}
                onChange={(event: { target: { value: string } }) => update(language, event.target.value)}
                {...(multiline ? { rows: 3 } : { type: 'text' })}
              />
              {errors.length > 0 ? (
                <ul className="error-detail" id={errorId}>
                  {errors.map((error) => (
                    <li key={error}>{error}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          </Row>
        );
      })}
    </Group>
  );
}
