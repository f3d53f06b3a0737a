import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ContextStoreDrizzle } from '../database/context-store-database.js';
import { ContextStoreError } from '../errors/context-store-error.js';
import type { HotTier } from '../hot-tier/hot-tier.js';
import type { ContextStoreLogger } from '../logger/context-store-logger.js';
import { describeError } from '../logger/context-store-logger.js';
import { todoLists } from '../schema/todo-lists.js';
import type { TodoItem, TodoList } from './context-types.js';

export type TodoItemInput = { readonly id?: string; readonly text: string; readonly done?: boolean };

export interface CreateTodoListInput {
  readonly id?: string;
  readonly conversationId?: string;
  readonly userId?: string;
  readonly title: string;
  readonly items?: readonly TodoItemInput[];
}

export interface UpdateTodoListInput {
  readonly title?: string;
  readonly items?: readonly TodoItemInput[];
  /** Update only if the list is still at this version (else `VERSION_CONFLICT`). */
  readonly expectedVersion?: number;
}

const todoKey = (id: string): string => `todo:${id}`;

/** TODO lists in the database, read through the hot tier. */
export function createTodoListStore(options: { db: ContextStoreDrizzle; hotTier: HotTier; logger: ContextStoreLogger; ttlSeconds: number }) {
  const { db, hotTier, logger, ttlSeconds } = options;

  const cache = async (list: TodoList): Promise<void> => {
    try {
      await hotTier.write([{ type: 'set', key: todoKey(list.id), value: JSON.stringify(list), ttlSeconds }]);
    } catch (error) {
      logger.warn('hot tier write skipped', { operation: 'todo', todoListId: list.id, error: describeError(error) });
    }
  };

  return {
    async createTodoList(input: CreateTodoListInput): Promise<TodoList> {
      const [row] = await db
        .insert(todoLists)
        .values({
          id: input.id ?? randomUUID(),
          conversationId: input.conversationId ?? null,
          userId: input.userId ?? null,
          title: input.title,
          items: normaliseItems(input.items ?? []),
        })
        .returning();
      const list = row as TodoList;
      await cache(list);
      return list;
    },

    async getTodoList(id: string): Promise<TodoList | undefined> {
      try {
        const cached = await hotTier.get(todoKey(id));
        if (cached !== undefined) return parseTodoList(cached);
      } catch (error) {
        logger.warn('hot tier read failed, using the database', { todoListId: id, error: describeError(error) });
      }
      const [row] = await db.select().from(todoLists).where(eq(todoLists.id, id));
      if (row === undefined) return undefined;
      await cache(row);
      return row;
    },

    async listTodoLists(conversationId: string): Promise<TodoList[]> {
      return db.select().from(todoLists).where(eq(todoLists.conversationId, conversationId)).orderBy(asc(todoLists.createdAt), asc(todoLists.id));
    },

    async updateTodoList(id: string, input: UpdateTodoListInput): Promise<TodoList> {
      const conditions = [eq(todoLists.id, id)];
      if (input.expectedVersion !== undefined) conditions.push(eq(todoLists.version, input.expectedVersion));
      const [row] = await db
        .update(todoLists)
        .set({
          ...(input.title === undefined ? {} : { title: input.title }),
          ...(input.items === undefined ? {} : { items: normaliseItems(input.items) }),
          version: sql`${todoLists.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(...conditions))
        .returning();
      if (row === undefined) {
        const [existing] = await db.select({ version: todoLists.version }).from(todoLists).where(eq(todoLists.id, id));
        if (existing === undefined) throw new ContextStoreError('TODO_LIST_NOT_FOUND', `no TODO list ${id}`, { details: { todoListId: id } });
        throw new ContextStoreError('VERSION_CONFLICT', `TODO list ${id} is at version ${existing.version}, not ${input.expectedVersion}`, {
          details: { todoListId: id, expectedVersion: input.expectedVersion, actualVersion: existing.version },
        });
      }
      await cache(row);
      return row;
    },
  };
}

function normaliseItems(items: readonly TodoItemInput[]): TodoItem[] {
  return items.map((item) => ({ id: item.id ?? randomUUID(), text: item.text, done: item.done ?? false }));
}

function parseTodoList(value: string): TodoList {
  const parsed = JSON.parse(value) as TodoList & { createdAt: string; updatedAt: string };
  return { ...parsed, createdAt: new Date(parsed.createdAt), updatedAt: new Date(parsed.updatedAt) };
}
