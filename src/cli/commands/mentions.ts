import { type CliCommand, UsageError } from '../io.ts';

// Placeholder until the mentions command lands (see its issue).
export const command: CliCommand = {
  name: 'mentions',
  summary: 'not available yet',
  input: '',
  output: '',
  options: [],
  async run() {
    throw new UsageError('The mentions command is not available in this build yet.');
  },
};
