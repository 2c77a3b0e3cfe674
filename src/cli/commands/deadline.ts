import { type CliCommand, UsageError } from '../io.ts';

// Placeholder until the deadline command lands (see its issue).
export const command: CliCommand = {
  name: 'deadline',
  summary: 'not available yet',
  input: '',
  output: '',
  options: [],
  async run() {
    throw new UsageError('The deadline command is not available in this build yet.');
  },
};
