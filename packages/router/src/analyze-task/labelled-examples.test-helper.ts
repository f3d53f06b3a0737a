import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import type { AnalyzeTaskOptions, TaskType } from './task-analysis.js';

/**
 * How hard a request is for a small, cheap model, judged by a person from the principles in
 * `score-difficulty.ts`: easy = any model does it well (chat, simple facts, open-ended writing,
 * rephrasing, short translation); hard = a weak model often gets it wrong (multi-step math, proofs,
 * code that must be correct under constraints, logic puzzles, exact structured extraction,
 * letter-level work, many constraints at once); medium = in between.
 */
export type DifficultyBand = 'easy' | 'medium' | 'hard';

export interface LabelledExample {
  readonly name: string;
  readonly messages: readonly ChatCompletionMessageParam[];
  readonly options?: AnalyzeTaskOptions;
  readonly taskType: TaskType;
  readonly band: DifficultyBand;
}

function user(
  name: string,
  taskType: TaskType,
  band: DifficultyBand,
  prompt: string,
  options?: AnalyzeTaskOptions,
): LabelledExample {
  return { name, messages: [{ role: 'user', content: prompt }], taskType, band, ...(options ? { options } : {}) };
}

function conversation(
  name: string,
  taskType: TaskType,
  band: DifficultyBand,
  messages: readonly ChatCompletionMessageParam[],
  options?: AnalyzeTaskOptions,
): LabelledExample {
  return { name, messages, taskType, band, ...(options ? { options } : {}) };
}

const IMAGE_URL = 'https://example.test/photo.png';

function withImage(text: string): ChatCompletionMessageParam[] {
  const content: Array<{ type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } }> = [
    { type: 'image_url', image_url: { url: IMAGE_URL } },
  ];
  if (text.length > 0) content.unshift({ type: 'text', text });
  return [{ role: 'user', content }];
}

function functionTool(name: string, description: string, properties: Record<string, unknown>): ChatCompletionTool {
  return {
    type: 'function',
    function: { name, description, parameters: { type: 'object', properties, required: Object.keys(properties) } },
  };
}

const WEATHER_TOOL = functionTool('get_weather', 'Current weather and forecast for a city', {
  city: { type: 'string' },
  date: { type: 'string', description: 'ISO date' },
});
const FLIGHT_TOOLS = [
  functionTool('search_flights', 'Search flights between two airports', {
    from: { type: 'string' },
    to: { type: 'string' },
    date: { type: 'string' },
  }),
  functionTool('book_flight', 'Book a flight by its offer id', { offerId: { type: 'string' } }),
  functionTool('send_email', 'Send an email to the user', { subject: { type: 'string' }, body: { type: 'string' } }),
];
const CALENDAR_TOOL = functionTool('create_event', 'Create a calendar event', {
  title: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
});
const SQL_TOOL = functionTool('run_sql', 'Run a read-only SQL query against the analytics warehouse', {
  query: { type: 'string' },
});

const CONTRACT_CLAUSES = [
  'The Supplier shall deliver the Goods to the Delivery Address within fourteen (14) days of each Purchase Order.',
  'The Customer shall pay each undisputed invoice within thirty (30) days of receipt.',
  'The Supplier shall maintain product liability insurance of not less than EUR 2,000,000 per occurrence.',
  'Either party may terminate this Agreement on ninety (90) days written notice.',
  'The Supplier shall notify the Customer in writing of any anticipated delay within two (2) Business Days.',
  'Title to the Goods passes to the Customer on delivery; risk passes on acceptance.',
  'The Supplier shall keep records of all quality inspections for at least five (5) years.',
  'The Customer may audit the Supplier once per calendar year on ten (10) Business Days notice.',
  'Neither party is liable for delay caused by a Force Majeure Event lasting less than sixty (60) days.',
  'The Supplier shall not subcontract any obligation without the prior written consent of the Customer.',
];
const CONTRACT_TEXT = Array.from(
  { length: 3 },
  (_, round) =>
    CONTRACT_CLAUSES.map((clause, index) => `${round * CONTRACT_CLAUSES.length + index + 1}. ${clause}`).join('\n'),
).join('\n');

const MEETING_NOTES = `Attendees: Priya (product), Tom (engineering), Lea (design), Marcus (sales).
Priya opened with the Q3 roadmap. The onboarding redesign slipped two weeks because the analytics events were not ready.
Tom said the events are now instrumented and the dashboard will be live on Thursday. He flagged that the search rewrite needs one more engineer.
Lea showed three options for the new pricing page. The group preferred option B but asked for a version without the comparison table.
Marcus reported that two enterprise prospects asked for SSO before signing. Priya agreed to pull SSO into Q3 if engineering can staff it.
Action items: Tom to estimate SSO by Friday; Lea to send the revised pricing page on Monday; Priya to update the roadmap document.`;

const RESEARCH_ABSTRACT = `We conducted a randomised controlled trial with 1,204 adults aged 50–75 to test whether a twelve-week programme of brisk walking improves working memory. Participants were assigned to walking (n = 602) or stretching (n = 602). Working memory was measured with an n-back task at baseline, twelve weeks and six months. The walking group improved by 0.31 standard deviations more than the stretching group at twelve weeks (95% CI 0.18–0.44), but the difference shrank to 0.09 (95% CI −0.04–0.22) at six months. Adherence was 71% in the walking group. We conclude that walking produces a short-term benefit that fades unless the activity is maintained.`;

const REMOTE_WORK_PARAGRAPH = `A two-year survey of 3,000 employees across five industries found that people who worked remotely at least three days a week reported higher job satisfaction and fewer sick days, but also felt less connected to their colleagues. Managers in the study said productivity was unchanged on average, although teams that had regular in-person planning days performed better on complex projects.`;

const RELEASE_NOTES = `- New: dark mode for the dashboard (thanks to community contributors)
- The export button now supports XLSX in addition to CSV
- Fixed a crash when uploading files larger than 2 GB
- Login sessions now expire after 12 hours instead of 24
- Fixed timezone display for users in Australia
- Removed the legacy v1 reports page
- Improved loading speed of the projects list by about 40%`;

const DEBATE_TRANSCRIPT = `Moderator: Should our city introduce a congestion charge?
Councillor Ortiz: Yes. London saw traffic fall by thirty percent in the charging zone in the first year, and the revenue can fund buses.
Shop owner Greene: Our footfall depends on drivers. When a neighbouring town tried this, half the shops on the high street closed.
Councillor Ortiz: That town also lost its largest employer the same year, so you cannot blame the charge.
Resident Park: Air quality near the primary school is illegal for six months a year. Children's health should come first.
Shop owner Greene: Electric cars will fix air quality in ten years anyway, so why punish people now?
Moderator: Final statements please.`;

const EARNINGS_SUMMARY = `Fiscal year 2023 revenue rose to $4.82 billion from $4.31 billion a year earlier, driven by subscription growth in Europe. Operating income was $612 million, giving an operating margin of 12.7%, compared with 10.9% in 2022. Net income attributable to shareholders was $447 million. The company repurchased $150 million of shares and raised its quarterly dividend by 8%.`;

const LONG_BLOG_CONTEXT = Array.from(
  { length: 40 },
  (_, index) =>
    `Section ${index + 1}. Our store refund policy covers returns within 30 days for unused items with a receipt; sale items can be exchanged but not refunded, and gift cards are final. Customers who paid by card receive the refund on the same card within five working days.`,
).join('\n\n');

export const LABELLED_EXAMPLES: readonly LabelledExample[] = [
  // ── code ─────────────────────────────────────────────────────────────────────────────────
  user(
    'python longest palindrome with complexity bound',
    'code',
    'hard',
    'Write a Python function that returns the longest palindromic substring of a string in O(n^2) time or better. Include unit tests for edge cases like empty strings and strings where every character is the same.',
  ),
  user(
    'typescript LRU cache constraints',
    'code',
    'hard',
    'Implement an LRU cache in TypeScript with get and put both O(1). It must be generic over key and value types and must not use any third-party library.',
  ),
  user('git stash question', 'code', 'easy', 'What does `git stash pop` do?'),
  user(
    'reduce without initial value',
    'code',
    'medium',
    "Fix this:\n```js\nconst total = items.reduce((sum, item) => sum + item.price);\n```\nIt returns a weird string instead of a number when the list has objects.",
  ),
  user(
    'python traceback KeyError',
    'code',
    'medium',
    'Here is my stack trace:\nTraceback (most recent call last):\n  File "app.py", line 42, in <module>\n    main()\n  File "app.py", line 37, in main\n    config = load_config(path)\nKeyError: \'DATABASE_URL\'\nWhy does this happen and how do I fix it?',
  ),
  user(
    'sql third highest salary per department',
    'code',
    'hard',
    'Write a SQL query that finds, for each department, the employee with the third-highest salary, handling ties so that employees with equal salaries share a rank. Tables: employees(id, name, salary, department_id), departments(id, name).',
  ),
  user(
    'go race condition review',
    'code',
    'hard',
    'Review the following Go code for race conditions and suggest a fix:\n```go\nvar counter int\nfunc handler(w http.ResponseWriter, r *http.Request) {\n    counter++\n    fmt.Fprintf(w, "%d", counter)\n}\n```',
  ),
  user('center a div', 'code', 'easy', 'How do I center a div with flexbox?'),
  user(
    'js to ts conversion',
    'code',
    'medium',
    'Convert this JavaScript to TypeScript with proper types:\n```js\nfunction groupBy(list, keyFn) {\n  const out = {};\n  for (const item of list) {\n    const key = keyFn(item);\n    (out[key] ||= []).push(item);\n  }\n  return out;\n}\n```',
  ),
  user(
    'bash one-liner count lines',
    'code',
    'medium',
    'Write a bash one-liner that counts the lines in all .ts files under src, excluding node_modules.',
  ),
  user(
    'java blocking queue without juc',
    'code',
    'hard',
    'Design and implement a thread-safe bounded blocking queue in Java without using java.util.concurrent. Explain why your implementation avoids deadlock and lost wake-ups.',
  ),
  user(
    'ipv4 regex',
    'code',
    'hard',
    'Write a regular expression that matches valid IPv4 addresses: each octet must be between 0 and 255 and must not have leading zeros.',
  ),
  user(
    'two sum in rust',
    'code',
    'medium',
    'Given an array of integers and a target, return the indices of the two numbers that add up to the target. Write it in Rust.',
  ),
  user('let vs const', 'code', 'easy', 'Explain the difference between `let` and `const` in JavaScript.'),
  user(
    'react infinite re-render',
    'code',
    'medium',
    "My React component re-renders infinitely. Here's the code:\n```jsx\nfunction Profile({ userId }) {\n  const [user, setUser] = useState(null);\n  useEffect(() => {\n    fetch(`/api/users/${userId}`).then(r => r.json()).then(setUser);\n  });\n  return <div>{user?.name}</div>;\n}\n```\nWhat's wrong?",
  ),
  user(
    'c parse_int without strtol',
    'code',
    'hard',
    'Write a C function `int parse_int(const char *s, int *out)` that parses a signed decimal integer, rejects overflow and trailing garbage, and returns 0 on success or -1 on error. It must not call strtol.',
  ),
  user(
    'dijkstra with heap',
    'code',
    'hard',
    "Implement Dijkstra's shortest path algorithm in Python using a binary heap, and return both the distances and the predecessor map so the caller can rebuild each path.",
  ),
  user(
    'rename variable',
    'code',
    'easy',
    'Rename the variable `tmp` to something more descriptive in this snippet: `tmp = [u for u in users if u.active]`',
  ),
  user(
    'dockerfile multi-stage',
    'code',
    'medium',
    'Write a Dockerfile for a Node 20 app that uses a multi-stage build, runs as a non-root user and keeps the final image under 150 MB.',
  ),
  user(
    'dict insertion complexity',
    'code',
    'medium',
    'What is the time complexity of inserting into a Python dict, and why can it degrade?',
  ),
  conversation('flatten follow-up as generator', 'code', 'hard', [
    { role: 'user', content: 'Write a function to flatten a nested list in Python.' },
    {
      role: 'assistant',
      content:
        '```python\ndef flatten(items):\n    result = []\n    for item in items:\n        if isinstance(item, list):\n            result.extend(flatten(item))\n        else:\n            result.append(item)\n    return result\n```',
    },
    {
      role: 'user',
      content:
        'Now make it lazy (a generator) and make it handle arbitrarily deep nesting without hitting the recursion limit.',
    },
  ]),
  user(
    'vitest tests for slugify',
    'code',
    'medium',
    'Write unit tests with vitest for a function `slugify(title: string): string` that lowercases, trims, replaces spaces with hyphens and strips punctuation.',
  ),
  user(
    'slow sql query',
    'code',
    'hard',
    "Optimize this query; it takes 12 seconds on 40M rows:\n```sql\nSELECT * FROM orders o WHERE o.customer_id IN (SELECT id FROM customers WHERE country = 'DE') ORDER BY created_at DESC LIMIT 50;\n```",
  ),
  user('hello world python', 'code', 'easy', 'Print hello world in Python.'),
  user(
    'haskell fibonacci matrix',
    'code',
    'hard',
    'Write a Haskell function that computes the nth Fibonacci number in logarithmic time using matrix exponentiation.',
  ),
  user(
    'explain a one-liner to a beginner',
    'code',
    'easy',
    'Explain this code to a beginner:\n```python\nprint(sum(x * x for x in range(10)))\n```',
  ),
  user(
    'csv average script',
    'code',
    'easy',
    "Write a Python script that reads a CSV file and prints the average of the 'price' column.",
  ),
  user(
    'sudoku validator',
    'code',
    'medium',
    'Write a function in Python that checks whether a 9x9 Sudoku board is valid, then explain its time and space complexity.',
  ),
  user('email regex', 'code', 'medium', 'Give me a regex to validate email addresses in JavaScript.'),
  conversation('coding system prompt with short ask', 'code', 'medium', [
    { role: 'system', content: 'You are a senior software engineer. Answer with working code.' },
    { role: 'user', content: 'Debounce a function in TypeScript so it only fires 300 ms after the last call, and keep the types of the arguments.' },
  ]),
  user(
    'kotlin coroutine cancellation',
    'code',
    'hard',
    'In Kotlin, how do I cancel a coroutine that is blocked on a socket read, and make sure resources are released even if cancellation happens mid-read? Show the code.',
  ),

  // ── math ─────────────────────────────────────────────────────────────────────────────────
  user('percent of number', 'math', 'easy', 'What is 15% of 80?'),
  user('linear equation', 'math', 'easy', 'Solve for x: 3x + 7 = 22.'),
  user('sqrt 2 irrational proof', 'math', 'hard', 'Prove that the square root of 2 is irrational.'),
  user(
    'inclusion exclusion count',
    'math',
    'hard',
    'How many positive integers less than 1000 are divisible by 3 or 5 but not by 15?',
  ),
  user('biquadratic equation', 'math', 'medium', 'Find all real solutions of x^4 - 5x^2 + 4 = 0.'),
  user(
    'marbles probability',
    'math',
    'hard',
    'A bag has 5 red, 4 blue and 3 green marbles. Two are drawn without replacement. What is the probability that they are different colours?',
  ),
  user('integration by parts', 'math', 'medium', 'Compute the integral of x * e^(2x) dx.'),
  user(
    'derivative and monotonicity',
    'math',
    'medium',
    "Let f(x) = ln(x^2 + 1). Find f'(x) and determine on which intervals f is increasing.",
  ),
  user(
    'induction sum of odd numbers',
    'math',
    'hard',
    'Prove by induction that 1 + 3 + 5 + ... + (2n - 1) = n^2 for every positive integer n.',
  ),
  user('fahrenheit to celsius', 'math', 'easy', 'Convert 72 degrees Fahrenheit to Celsius.'),
  user('consecutive even integers', 'math', 'medium', 'The sum of three consecutive even integers is 138. What are they?'),
  user(
    'trains catching up',
    'math',
    'hard',
    'A train leaves a station at 2:15 pm travelling at 84 km/h. A second train leaves the same station at 3:00 pm on a parallel track at 105 km/h in the same direction. At what time does the second train catch up, and how far from the station?',
  ),
  user('derivative of sine', 'math', 'easy', 'What is the derivative of sin(x)?'),
  user('eigenvalues 2x2', 'math', 'medium', 'Find the eigenvalues and eigenvectors of the matrix [[2, 1], [1, 2]].'),
  user(
    'round table seating',
    'math',
    'hard',
    'How many ways can 8 people be seated around a round table if two particular people refuse to sit next to each other?',
  ),
  user('n cubed minus n divisible by 6', 'math', 'hard', 'Show that for every integer n, n^3 - n is divisible by 6.'),
  user('modular power', 'math', 'hard', 'What is the remainder when 7^100 is divided by 13?'),
  user('simplify rational expression', 'math', 'medium', 'Simplify (2x^2 - 8) / (x - 2).'),
  user('what is a prime', 'math', 'easy', 'What is a prime number? Give two examples.'),
  user(
    'rectangle diagonal area',
    'math',
    'medium',
    "A rectangle's length is twice its width and its diagonal is 10 cm. Find its area, giving an exact answer.",
  ),
  user(
    'rigorous limit',
    'math',
    'hard',
    'Evaluate the limit as x approaches 0 of (1 - cos x) / x^2 and give a rigorous argument for your answer.',
  ),
  user(
    'loan payment',
    'math',
    'medium',
    'If a loan of $20,000 is repaid monthly over 5 years at 6% annual interest compounded monthly, what is the monthly payment?',
  ),
  user(
    'binomial identity latex',
    'math',
    'hard',
    'Compute $\\sum_{k=1}^{n} k \\binom{n}{k}$ in closed form and justify the result.',
  ),
  user('two plus two', 'math', 'easy', "What's 2+2?"),
  user(
    'cagr',
    'math',
    'medium',
    'Calculate the compound annual growth rate if revenue grew from 1.2 million to 3.5 million over 4 years.',
  ),
  user(
    'median and standard deviation',
    'math',
    'medium',
    'Here is a list of numbers: 4, 8, 15, 16, 23, 42. What are their median and standard deviation?',
  ),
  user(
    'expected dice rolls',
    'math',
    'hard',
    'What is the expected number of rolls of a fair six-sided die until every face has appeared at least once? Show your work.',
  ),

  // ── reasoning ────────────────────────────────────────────────────────────────────────────
  user(
    'pet ownership puzzle',
    'reasoning',
    'hard',
    'Five friends (Ana, Ben, Carla, Dev and Eli) each own a different pet: a cat, a dog, a fish, a parrot and a hamster. Ana does not own the cat or the dog. The owner of the fish lives next to Ben. Carla owns either the parrot or the hamster. Dev is allergic to fur. Eli owns the dog. Who owns which pet? Explain each deduction.',
  ),
  user(
    'machines and widgets',
    'reasoning',
    'medium',
    'If it takes 5 machines 5 minutes to make 5 widgets, how long would it take 100 machines to make 100 widgets? Explain your reasoning.',
  ),
  user(
    'syllogism roses',
    'reasoning',
    'medium',
    'All roses are flowers. Some flowers fade quickly. Can we conclude that some roses fade quickly? Explain why or why not.',
  ),
  user(
    'burning ropes',
    'reasoning',
    'hard',
    'You have two ropes that each take exactly one hour to burn, but they burn unevenly. How can you measure exactly 45 minutes?',
  ),
  user(
    'price doubling then discount',
    'reasoning',
    'medium',
    'Think step by step: a shop doubles its price and then offers a 50% discount. Is the final price higher, lower or the same as the original?',
  ),
  user('feathers or steel', 'reasoning', 'easy', 'Which is heavier: a kilogram of feathers or a kilogram of steel?'),
  user(
    'mislabelled boxes',
    'reasoning',
    'hard',
    "Three boxes are labelled 'apples', 'oranges' and 'mixed', and every label is wrong. You may take one fruit from one box without looking inside. How do you relabel all the boxes correctly? Justify your answer.",
  ),
  user(
    'microservices trade-offs',
    'reasoning',
    'medium',
    'Compare the trade-offs between microservices and a modular monolith for a team of six engineers building a B2B SaaS product. Recommend one and justify it.',
  ),
  user(
    'liars puzzle',
    'reasoning',
    'hard',
    "A says: 'B is lying.' B says: 'C is lying.' C says: 'A and B are both lying.' Exactly one of them tells the truth. Who is it? Explain the logic.",
  ),
  user(
    'affirming the consequent',
    'reasoning',
    'medium',
    'Is the following argument valid? If it rains, the ground is wet. The ground is wet. Therefore it rained.',
  ),
  user('count letter r', 'reasoning', 'hard', "Count how many times the letter 'r' appears in the word 'strawberry'."),
  user('reverse a word', 'reasoning', 'medium', "Reverse the word 'encyclopedia' letter by letter."),
  user(
    'monetary and fiscal policy',
    'reasoning',
    'hard',
    'What are the implications if a central bank raises interest rates while the government runs an expansionary fiscal policy? Walk through the effects on inflation, exchange rates and unemployment step by step.',
  ),
  user(
    'lockers puzzle',
    'reasoning',
    'hard',
    'There are 100 closed lockers. Student 1 opens every locker, student 2 toggles every second locker, student 3 toggles every third, and so on up to student 100. Which lockers are open at the end, and why?',
  ),
  user(
    'task scheduling with dependencies',
    'reasoning',
    'hard',
    'Schedule these five tasks on two workers so that everything finishes as early as possible: A takes 3h, B takes 2h and must start after A, C takes 4h, D takes 1h and must start after C, E takes 2h and must start after both B and D. Show the schedule and the finishing time.',
  ),
  user(
    'true or false geometry statements',
    'reasoning',
    'medium',
    'Decide whether each statement is true or false and explain why: (1) every square is a rectangle; (2) every rhombus is a square; (3) a triangle can have two obtuse angles.',
  ),
  user(
    'ethics dilemma analysis',
    'reasoning',
    'medium',
    'A self-driving car must choose between swerving into a barrier, risking its passenger, or hitting a pedestrian who crossed against the light. Analyze the dilemma from utilitarian and deontological perspectives and explain where they conflict.',
  ),
  user(
    'anagram check',
    'reasoning',
    'hard',
    "Is 'dormitory' an anagram of 'dirty room'? Check it letter by letter and explain.",
  ),

  // ── creative writing (open-ended writing, roleplay, rephrasing) ─────────────────────────
  user('haiku about debugging code', 'creative_writing', 'easy', 'Write a haiku about debugging code at 3am.'),
  user(
    'lighthouse short story',
    'creative_writing',
    'easy',
    'Write a short story of about 500 words about a lighthouse keeper who finds a message in a bottle.',
  ),
  user('cat limerick', 'creative_writing', 'easy', 'Compose a limerick about a cat who loves lasagna.'),
  user('pirate captain greeting', 'creative_writing', 'easy', 'Pretend you are a pirate captain and greet your new crew.'),
  user(
    'wedding toast',
    'creative_writing',
    'easy',
    'Write a heartfelt wedding toast for my sister Anna and her husband Luis. Mention how they met at a climbing gym.',
  ),
  user(
    'long but easy blog post',
    'creative_writing',
    'easy',
    'Write a blog post about the benefits of morning walks for people who work from home. Make it friendly, practical and around 800 words, with a few personal anecdotes and a short list of tips at the end. The audience is busy parents who have never had a fitness routine, so keep the tone encouraging rather than preachy, avoid jargon, and close with an invitation to share their own experiences in the comments.',
  ),
  user(
    'constrained sonnet',
    'creative_writing',
    'hard',
    'Write a sonnet in strict iambic pentameter with the rhyme scheme ABAB CDCD EFEF GG about the ocean, where every line must start with the letter S.',
  ),
  user(
    'medieval innkeeper roleplay',
    'creative_writing',
    'easy',
    "Act as a medieval innkeeper. I'm a traveller who just walked in from the rain. Stay in character.",
  ),
  user('ceramic mug description', 'creative_writing', 'easy', 'Write a product description for a handmade ceramic mug.'),
  user(
    'email to landlord',
    'creative_writing',
    'easy',
    'Draft a polite email to my landlord asking him to fix the heating, which has been broken for a week.',
  ),
  user('photosynthesis rap', 'creative_writing', 'easy', 'Write a rap verse about photosynthesis for a middle-school science class.'),
  user('six-word story', 'creative_writing', 'easy', 'Write a six-word story about time travel.'),
  user(
    'dragon bedtime story',
    'creative_writing',
    'easy',
    "Write a children's bedtime story about a dragon who is afraid of the dark. Keep it gentle.",
  ),
  user(
    'persuasive speech car ban',
    'creative_writing',
    'medium',
    'Write a persuasive speech arguing that cities should ban cars from their centres, with three main arguments, a rebuttal of the strongest objection and a memorable closing line.',
  ),
  user('bakery slogans', 'creative_writing', 'easy', 'Give me 10 catchy slogan ideas for a bakery called Rise & Shine.'),
  conversation('starship captain roleplay', 'creative_writing', 'easy', [
    { role: 'system', content: 'You are Captain Reyes, commander of the starship Meridian. Stay in character at all times.' },
    { role: 'user', content: 'Captain, the engines are failing! What do we do?' },
  ]),
  user(
    'hundred-word mystery',
    'creative_writing',
    'medium',
    'Write a mystery story in exactly 100 words, no more and no fewer, in which the detective turns out to be the culprit.',
  ),
  user('autumn poem', 'creative_writing', 'easy', 'Write a poem about autumn.'),
  user(
    'cover letter',
    'creative_writing',
    'easy',
    'Write a cover letter for a junior data analyst position at a logistics company. I have a statistics degree and one internship.',
  ),
  user(
    'ancient tree perspective',
    'creative_writing',
    'easy',
    'Imagine you are a tree that has stood in the same forest for 500 years. Describe what you have seen.',
  ),
  user(
    'rephrase professionally',
    'creative_writing',
    'easy',
    "Rephrase this sentence to sound more professional: 'hey, can u send me that file asap?'",
  ),
  user('fix grammar', 'creative_writing', 'easy', "Fix the grammar: 'Me and him goes to the store yesterday.'"),
  user(
    'leadership essay',
    'creative_writing',
    'medium',
    'Write an essay comparing the leadership styles of Lincoln and Churchill, with a clear thesis and at least three pieces of evidence for each.',
  ),
  user('sql limerick', 'creative_writing', 'easy', 'Write a limerick about a database that keeps losing its tables.'),
  user(
    'quiz questions',
    'creative_writing',
    'easy',
    'Write 5 fun trivia questions about the French Revolution for a pub quiz, with answers.',
  ),
  user(
    'novel opening in style',
    'creative_writing',
    'easy',
    'Write the opening paragraph of a noir detective novel in the style of Raymond Chandler, set in a rainy seaside town.',
  ),
  user(
    'long easy family newsletter',
    'creative_writing',
    'easy',
    "Write our family's end-of-year newsletter. This year: Maya started school and loves painting; Jonas learned to ride a bike after many scraped knees; we adopted a rescue dog called Pickles who eats socks; Grandma turned 80 and we threw a surprise party in the garden; we spent two rainy weeks camping in Wales and still had fun; Dad finally finished the shed. Make it warm and funny, about a page long, and sign it from all of us.",
  ),

  // ── extraction ───────────────────────────────────────────────────────────────────────────
  user(
    'emails and phones to json',
    'extraction',
    'medium',
    "Extract all email addresses and phone numbers from the following text and return them as JSON with keys 'emails' and 'phones':\n\nHi team, reach me at dana.k@example.org or +1 415 555 0199. Our vendor (sales@acme-widgets.example) prefers calls at 020 7946 0958. Thanks, Dana",
  ),
  user(
    'stock shortfall from table',
    'extraction',
    'hard',
    'From the table below, list the products whose stock is below the reorder level, as a JSON array of objects with name and shortfall.\n\n| product | stock | reorder level |\n|---|---|---|\n| bolts M6 | 120 | 200 |\n| nuts M6 | 340 | 150 |\n| washers | 80 | 100 |\n| hinges | 15 | 40 |\n| brackets | 60 | 60 |',
  ),
  user(
    'dates to iso 8601',
    'extraction',
    'hard',
    'Pull out every date mentioned in this paragraph and convert it to ISO 8601: The contract was signed on March 3rd, 2021, amended on 14/07/2022 and expires on the last day of February 2028.',
  ),
  user(
    'named entities in a sentence',
    'extraction',
    'easy',
    "Identify the people, organisations and locations in this sentence: 'Angela Merkel met executives from Siemens in Munich on Tuesday.'",
  ),
  user(
    'parse log line',
    'extraction',
    'medium',
    'Parse this log line into fields (timestamp, level, service, message): 2024-05-01T12:03:44Z ERROR payments-api Timeout contacting ledger after 3000ms',
  ),
  user(
    'medications table',
    'extraction',
    'medium',
    'Extract the name, dosage and frequency of each medication from these discharge notes and return a table:\n\nPatient to continue metformin 500 mg twice daily with meals. Start lisinopril 10 mg once daily in the morning. Atorvastatin 20 mg at bedtime. Stop ibuprofen.',
  ),
  user(
    'csv aggregation',
    'extraction',
    'hard',
    'Here is a CSV export. Which customers spent more than 500 in total? List them with their totals.\ncustomer,order_id,amount\nacme,1001,120.50\nglobex,1002,610.00\nacme,1003,399.99\ninitech,1004,75.25\nglobex,1005,20.00\numbrella,1006,505.10',
  ),
  user(
    'job posting to schema',
    'extraction',
    'hard',
    'From the job posting below, extract the required skills, years of experience and salary range as a JSON object that matches this schema: {"skills": string[], "years": number, "salary": {"min": number, "max": number, "currency": string}}\n\nWe\'re hiring a senior backend engineer (5+ years) skilled in Go, PostgreSQL and Kubernetes. Compensation: €85k–€105k plus equity.',
  ),
  user(
    'recipe ingredients',
    'extraction',
    'easy',
    'List the ingredients mentioned in this recipe: Whisk two eggs with a cup of milk, add flour and a pinch of salt, then fold in blueberries.',
  ),
  user(
    'earnings figures table',
    'extraction',
    'medium',
    `Extract the key financial figures (revenue, operating margin, net income and year-over-year revenue growth) from this earnings summary and present them as a table:\n\n${EARNINGS_SUMMARY}`,
  ),
  user(
    'supplier obligations from long contract',
    'extraction',
    'hard',
    `Extract every obligation of the Supplier from the contract below, with its clause number, as a JSON array of {"clause": number, "obligation": string}.\n\n${CONTRACT_TEXT}`,
  ),
  user(
    'invoice fields json mode',
    'extraction',
    'medium',
    'Extract the invoice number, issue date, due date and total from this text: Invoice INV-2024-0193 issued 2 May 2024, payment due within 30 days, total due EUR 1,284.50 including VAT.',
    { response_format: { type: 'json_object' } },
  ),

  // ── summarization ────────────────────────────────────────────────────────────────────────
  user('one sentence summary', 'summarization', 'easy', `Summarize this in one sentence:\n\n${REMOTE_WORK_PARAGRAPH}`),
  user(
    'tldr email thread',
    'summarization',
    'easy',
    'TL;DR of this email thread please:\n\nFrom: Sam — Can we move the launch to the 14th? QA found two blockers.\nFrom: Rita — The 14th clashes with the trade show. How about the 16th?\nFrom: Sam — 16th works if the blockers are fixed by the 12th.\nFrom: Joe — Both fixes are merged; QA will verify tomorrow.',
  ),
  user('meeting notes key points', 'summarization', 'easy', `Summarize the key points of these meeting notes as bullet points:\n\n${MEETING_NOTES}`),
  user('hamlet plot summary', 'summarization', 'easy', 'Give me a short summary of the plot of Hamlet.'),
  user(
    'abstract for general audience',
    'summarization',
    'medium',
    `Summarize this research abstract for a general audience in under 80 words, keeping the main statistical finding accurate:\n\n${RESEARCH_ABSTRACT}`,
  ),
  user(
    'release notes to changelog',
    'summarization',
    'medium',
    `Condense these release notes into a changelog entry with the sections Added, Changed, Fixed and Removed:\n\n${RELEASE_NOTES}`,
  ),
  user(
    'debate summary with evidence check',
    'summarization',
    'medium',
    `Summarize the arguments on both sides of this debate transcript and note which claims lack evidence:\n\n${DEBATE_TRANSCRIPT}`,
  ),
  user(
    'long policy summary',
    'summarization',
    'medium',
    `Here is our full refund policy document. Summarize it for the support team.\n\n${LONG_BLOG_CONTEXT}`,
  ),
  conversation('summarize conversation so far', 'summarization', 'easy', [
    { role: 'user', content: 'I want to learn Spanish before my trip to Mexico in six months.' },
    { role: 'assistant', content: 'Great goal! Try 20 minutes a day with an app, plus a weekly conversation class.' },
    { role: 'user', content: 'I also like podcasts on my commute.' },
    { role: 'assistant', content: 'Then add a beginner Spanish podcast for your commute.' },
    { role: 'user', content: 'Can you summarize the plan we came up with?' },
  ]),

  // ── translation ──────────────────────────────────────────────────────────────────────────
  user('train station to spanish', 'translation', 'easy', "Translate 'Where is the train station?' into Spanish."),
  user(
    'store notice to german',
    'translation',
    'easy',
    'Translate the following paragraph into German, keeping a formal tone: Dear customers, starting next Monday our store will open one hour earlier, at 8 am. Our bakery counter will also offer a new selection of whole-grain breads. We look forward to welcoming you.',
  ),
  user('thank you in japanese', 'translation', 'easy', "How do you say 'thank you very much' in Japanese?"),
  user(
    'french reservation to english',
    'translation',
    'easy',
    'Translate this into English: Je voudrais réserver une table pour deux personnes ce soir à huit heures.',
  ),
  user(
    'legal clause to french',
    'translation',
    'medium',
    'Translate this licence clause into French, preserving the defined terms exactly and keeping the numbering: 4.2 The Licensee shall not sublicense, rent or lease the Software. 4.3 The Licensee shall keep the Software confidential and shall not disclose it to any third party without the prior written consent of the Licensor.',
  ),
  user('schadenfreude meaning', 'translation', 'easy', "Translate the German word 'Schadenfreude' into English and explain it."),
  user('coffee to italian', 'translation', 'easy', 'Translate into Italian: Good morning! Would you like a coffee?'),
  user('chinese sentence to english', 'translation', 'easy', 'Translate this Chinese sentence into English: 我明天要去北京开会。'),
  user(
    'menu items to portuguese',
    'translation',
    'easy',
    'Please translate these menu items to Portuguese: grilled chicken with lemon, vegetable soup, chocolate cake, fresh orange juice.',
  ),

  // ── question answering and chat ──────────────────────────────────────────────────────────
  user('greeting', 'question_answering', 'easy', 'hi! how are you today?'),
  user('capital of australia', 'question_answering', 'easy', 'What is the capital of Australia?'),
  user('author of pride and prejudice', 'question_answering', 'easy', 'Who wrote Pride and Prejudice?'),
  user('sky is blue', 'question_answering', 'easy', 'Why is the sky blue?'),
  user('lower back exercises', 'question_answering', 'easy', 'What are some good exercises for lower back pain?'),
  user('how vaccines work', 'question_answering', 'easy', 'Explain how vaccines train the immune system.'),
  user('roth vs traditional ira', 'question_answering', 'easy', "What's the difference between a Roth IRA and a traditional IRA?"),
  user('thanks', 'question_answering', 'easy', 'Thanks, that was really helpful!'),
  user('scifi recommendations', 'question_answering', 'easy', 'Can you recommend a few sci-fi novels similar to The Expanse?'),
  user(
    'causes of ww1 in detail',
    'question_answering',
    'medium',
    'Explain the causes of World War I in detail, covering the alliance system, militarism, imperialism and nationalism.',
  ),
  user('tcp congestion control', 'question_answering', 'medium', 'How does TCP congestion control work?'),
  user('patagonia packing', 'question_answering', 'easy', 'What should I pack for a week of hiking in Patagonia in November?'),
  user(
    'beta blockers mechanism',
    'question_answering',
    'medium',
    'Describe the mechanism of action of beta blockers and the situations in which they are contraindicated.',
  ),
  user('octopus fact', 'question_answering', 'easy', 'Tell me a fun fact about octopuses.'),
  user('red wine stain', 'question_answering', 'easy', 'How do I get red wine out of a carpet?'),
  user(
    '2008 crisis southern europe',
    'question_answering',
    'medium',
    'What were the main economic consequences of the 2008 financial crisis for southern Europe?',
  ),
  user('ok', 'question_answering', 'easy', 'ok'),
  user('study focus tips', 'question_answering', 'easy', 'Good morning! Any tips for staying focused while studying?'),
  user('entanglement simply', 'question_answering', 'easy', 'What is quantum entanglement, explained simply?'),
  user('raw cookie dough', 'question_answering', 'easy', 'Is it safe to eat raw cookie dough?'),
  conversation('lisbon trip follow-up', 'question_answering', 'easy', [
    { role: 'user', content: "I'm planning a trip to Lisbon." },
    { role: 'assistant', content: 'Nice! How long will you stay, and what do you enjoy on holiday?' },
    { role: 'user', content: 'Five days. I like food and walking. Which neighbourhoods should I stay in?' },
  ]),
  conversation('dog name with default system prompt', 'question_answering', 'easy', [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: "What's a good name for a golden retriever puppy?" },
  ]),
  user(
    'rubiks cube how-to',
    'question_answering',
    'medium',
    'How do beginners usually learn to solve a Rubik’s cube? Describe the main stages of the layer-by-layer method.',
  ),
  user(
    'gdpr lawful bases',
    'question_answering',
    'medium',
    'Under the GDPR, what are the lawful bases for processing personal data, and when is consent not the right one?',
  ),
  user(
    'question about a long document',
    'question_answering',
    'medium',
    `${LONG_BLOG_CONTEXT}\n\nAccording to the policy above, can sale items be refunded?`,
  ),
  user('history of printing press', 'question_answering', 'easy', 'Who invented the printing press and when?'),
  conversation('thanks after code help', 'question_answering', 'easy', [
    { role: 'user', content: 'Why does my Python loop print None at the end?' },
    { role: 'assistant', content: 'Because `print(my_function())` prints the return value, and your function returns None.' },
    { role: 'user', content: 'Ah got it, thanks!' },
  ]),

  // ── tool use ─────────────────────────────────────────────────────────────────────────────
  user('weather tool', 'tool_use', 'easy', "What's the weather in Paris tomorrow?", { tools: [WEATHER_TOOL] }),
  user(
    'multi-step flight booking',
    'tool_use',
    'hard',
    'Book me the cheapest nonstop flight from Boston to Denver next Friday morning, it must be under $300, then email me the confirmation with the seat and baggage details.',
    { tools: FLIGHT_TOOLS, tool_choice: 'required' },
  ),
  conversation(
    'act on tool result',
    'tool_use',
    'medium',
    [
      { role: 'user', content: 'Do I need an umbrella in Oslo today?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo","date":"2024-05-02"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"condition":"rain","precipitation_mm":6,"temperature_c":9}' },
    ],
    { tools: [WEATHER_TOOL] },
  ),
  user('calendar event', 'tool_use', 'easy', 'Create a calendar event for my dentist appointment on June 3 at 10am.', {
    tools: [CALENDAR_TOOL],
  }),
  user(
    'analytics via sql tool',
    'tool_use',
    'medium',
    'How many orders did we ship last month compared with the same month last year? Break it down by region.',
    { tools: [SQL_TOOL] },
  ),

  // ── vision ───────────────────────────────────────────────────────────────────────────────
  conversation('describe picture', 'vision', 'easy', withImage("What's in this picture?")),
  conversation('transcribe handwriting', 'vision', 'medium', withImage('Transcribe the handwritten note in this photo.')),
  conversation(
    'check proof on whiteboard',
    'vision',
    'hard',
    withImage('This is a photo of my whiteboard with a proof sketch. Check every step of the proof and point out any errors.'),
  ),
  conversation('table screenshot to csv', 'vision', 'medium', withImage('Convert the table in this screenshot into CSV.')),
  conversation('image only', 'vision', 'easy', withImage('')),
];
