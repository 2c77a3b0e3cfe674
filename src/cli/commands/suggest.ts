import { type CliCommand, UsageError } from '../io.ts';

// Placeholder until the suggest command lands (see its issue).
export const command: CliCommand = {
  name: 'suggest',
  summary: 'not available yet',
  input: '',
  output: '',
  options: [],
  async run() {
    throw new UsageError('The suggest command is not available in this build yet.');
  },
};
