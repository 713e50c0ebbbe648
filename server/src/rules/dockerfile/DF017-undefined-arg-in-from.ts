// FROM uses a variable no ARG before the first FROM declares: it expands to the empty string.
import type { DockerfileRule } from '../rule';
import { closest } from './stageRefs';
import { declaredGlobalArgs, PLATFORM_ARGS } from './fromArgs';

export const rule: DockerfileRule = {
  id: 'DF017',
  title: 'FROM uses an undeclared ARG',
  kind: 'dockerfile',
  severity: 'warning',
  category: 'hygiene',
  fixable: false,
  references: ['buildkit:UndefinedArgInFrom'],
  check(model, report) {
    const declared = declaredGlobalArgs(model);
    for (const stage of model.stages) {
      for (const variable of stage.from.getVariables()) {
        const name = variable.getName();
        if (declared.has(name) || PLATFORM_ARGS.has(name)) continue;
        const hint = closest(name, declared.keys());
        report({
          range: variable.getNameRange(),
          message: `\`$${name}\` is not declared by an ARG before the first FROM, so it expands to an empty string here${hint ? `; did you mean \`${hint}\`?` : `. Declare \`ARG ${name}=…\` at the top.`}`,
        });
      }
    }
  },
};
