import { type CliCommand, UsageError } from '../io.ts';

// Placeholder until the extract command lands (see its issue).
export const command: CliCommand = {
  name: 'extract',
  summary: 'not available yet',
  input: '',
  output: '',
  options: [],
  async run() {
    throw new UsageError('The extract command is not available in this build yet.');
  },
};
