import { type CliCommand, UsageError } from '../io.ts';

// Placeholder until the tone command lands (see its issue).
export const command: CliCommand = {
  name: 'tone',
  summary: 'not available yet',
  input: '',
  output: '',
  options: [],
  async run() {
    throw new UsageError('The tone command is not available in this build yet.');
  },
};
