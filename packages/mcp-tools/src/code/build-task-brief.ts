import type { TaskFile } from './read-task-files.js';

export interface TaskContext {
  language?: string | undefined;
  framework?: string | undefined;
  existingCode?: string | undefined;
  requirements?: readonly string[] | undefined;
}

/** Longest fence of backticks in the text, plus one, so embedded fences cannot close ours. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`{3,}/g), (match) => match[0].length));
  return '`'.repeat(longest + 1);
}

export function fenced(text: string, label = ''): string {
  const fence = fenceFor(text);
  return `${fence}${label}\n${text}\n${fence}`;
}

/** The task, its context and the files, as the sections every prompt of a run starts with. */
export function buildTaskBrief(task: string, context: TaskContext, existingCode: string | undefined, files: readonly TaskFile[]): string {
  const sections = [`# Task\n${task}`];
  const facts: string[] = [];
  if (context.language) facts.push(`Language: ${context.language}`);
  if (context.framework) facts.push(`Framework: ${context.framework}`);
  if (facts.length > 0) sections.push(`# Context\n${facts.join('\n')}`);
  const requirements = (context.requirements ?? []).filter((requirement) => requirement.trim() !== '');
  if (requirements.length > 0) sections.push(`# Requirements\n${requirements.map((requirement) => `- ${requirement}`).join('\n')}`);
  if (existingCode) sections.push(`# Existing code\n${fenced(existingCode)}`);
  for (const file of files) sections.push(`# File: ${file.path}\n${fenced(file.content)}`);
  return sections.join('\n\n');
}
