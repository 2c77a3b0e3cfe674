import { type CliCommand, UsageError } from '../io.ts';

// Placeholder until the classify command lands (see its issue).
export const command: CliCommand = {
  name: 'classify',
  summary: 'not available yet',
  input: '',
  output: '',
  options: [],
  async run() {
    throw new UsageError('The classify command is not available in this build yet.');
  },
};
