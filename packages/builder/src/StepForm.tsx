import Form from '@rjsf/core';
import {
  type ErrorSchema,
  getTemplate,
  getUiOptions,
  type IconButtonProps,
  type RegistryFieldsType,
  type RJSFSchema,
  type TemplatesType,
  TranslatableString,
  type UiSchema,
} from '@rjsf/utils';
import { memo, useMemo } from 'react';
import { type FormContext, LocalizedTextField } from './LocalizedTextField.js';
import { schemaShapeValidator as validator } from './schemaShapeValidator.js';
import type { BuilderWords } from './words/words.js';

const fields: RegistryFieldsType = { localizedText: LocalizedTextField };

/** Buttons that say what they do in words (rjsf's default ones show Bootstrap glyphs this app does not load). */
function TextButton({
  icon: _icon,
  iconType,
  uiSchema: _ui,
  registry: _registry,
  title,
  className,
  ...rest
}: IconButtonProps) {
  return (
    <button
      type="button"
      className={`text-button ${iconType === 'danger' ? 'danger' : ''} ${className ?? ''}`}
      {...rest}
    >
      {title}
    </button>
  );
}

const buttonTemplates: Partial<TemplatesType['ButtonTemplates']> = {
  AddButton: ({ registry, onClick, disabled, id, className }) => (
    <button
      type="button"
      id={id}
      className={`text-button add ${className ?? ''}`}
      onClick={onClick}
      disabled={disabled}
    >
      + {registry.translateString(TranslatableString.AddItemButton)}
    </button>
  ),
  RemoveButton: (props) => (
    <TextButton
      {...props}
      iconType="danger"
      title={props.registry.translateString(TranslatableString.RemoveButton)}
    />
  ),
  MoveUpButton: (props) => (
    <TextButton {...props} title={props.registry.translateString(TranslatableString.MoveUpButton)} />
  ),
  MoveDownButton: (props) => (
    <TextButton {...props} title={props.registry.translateString(TranslatableString.MoveDownButton)} />
  ),
  CopyButton: (props) => (
    <TextButton {...props} title={props.registry.translateString(TranslatableString.CopyButton)} />
  ),
  SubmitButton: () => null,
};

/** An optional part (domestic agent, personalised ads …): a button in words to fill it in or to clear it. */
const OptionalDataControlsTemplate: TemplatesType['OptionalDataControlsTemplate'] = ({
  id,
  label,
  onAddClick,
  onRemoveClick,
}) =>
  onAddClick || onRemoveClick ? (
    <button
      type="button"
      id={id}
      className={`text-button ${onRemoveClick ? 'danger' : 'add'}`}
      onClick={onAddClick ?? onRemoveClick}
    >
      {label}
    </button>
  ) : (
    <p id={id} className="field-description">
      {label}
    </p>
  );

/** A choice between kinds (the retention rule's): the choice is labelled with the field's name. */
const MultiSchemaFieldTemplate: TemplatesType['MultiSchemaFieldTemplate'] = ({
  schema,
  selector,
  optionSchemaField,
}) => (
  <div className="one-of">
    {/* biome-ignore lint/a11y/noLabelWithoutControl: the selector is rjsf's <select>, rendered inside this label */}
    <label className="form-group one-of-choice">
      <span className="control-label">{schema.title}</span>
      {selector}
    </label>
    {optionSchemaField}
  </div>
);

/** One entry of a list: its fields, then its buttons in a row below (beside them, the fields got narrow on a phone). */
const ArrayFieldItemTemplate: TemplatesType['ArrayFieldItemTemplate'] = ({
  children,
  className,
  buttonsProps,
  hasToolbar,
  registry,
  uiSchema,
}) => {
  const Buttons = getTemplate('ArrayFieldItemButtonsTemplate', registry, getUiOptions(uiSchema));
  return (
    <div className={className}>
      <div className="array-item-content">{children}</div>
      {hasToolbar ? (
        <div className="array-item-toolbox">
          <Buttons {...buttonsProps} />
        </div>
      ) : null}
    </div>
  );
};

export interface StepFormProps {
  schema: RJSFSchema;
  uiSchema: UiSchema;
  formData: Record<string, unknown>;
  extraErrors: ErrorSchema;
  words: BuilderWords;
  onChange: (formData: Record<string, unknown>) => void;
}

/** One step of the guided form: the fields of that step, generated from the policy schema by react-jsonschema-form. */
export const StepForm = memo(function StepForm({
  schema,
  uiSchema,
  formData,
  extraErrors,
  words,
  onChange,
}: StepFormProps) {
  const formContext: FormContext = useMemo(() => ({ words }), [words]);
  const translateString = useMemo(
    () => (key: TranslatableString, params?: string[]) => {
      let text = words.rjsf[key] ?? key;
      for (const [index, param] of (params ?? []).entries()) text = text.replace(`%${index + 1}`, param);
      return text;
    },
    [words],
  );
  return (
    <Form
      schema={schema}
      uiSchema={{ ...uiSchema, 'ui:globalOptions': { enableOptionalDataFieldForType: ['object'] } }}
      formData={formData}
      validator={validator}
      fields={fields}
      templates={{
        ButtonTemplates: buttonTemplates,
        ArrayFieldItemTemplate,
        OptionalDataControlsTemplate,
        MultiSchemaFieldTemplate,
      }}
      formContext={formContext}
      translateString={translateString}
      extraErrors={extraErrors}
      showErrorList={false}
      noHtml5Validate
      removeEmptyOptionalObjects
      experimental_defaultFormStateBehavior={{
        emptyObjectFields: 'skipDefaults',
        arrayMinItems: { populate: 'never' },
      }}
      onChange={(event) => onChange((event.formData ?? {}) as Record<string, unknown>)}
      onSubmit={() => undefined}
    />
  );
});
