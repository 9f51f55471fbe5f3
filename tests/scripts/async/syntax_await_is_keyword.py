# async and await are keywords: not names.
await = 1
