// A page without the policy, in the same layout: what Next.js, React and the styled-components registry cost by
// themselves (test/bench/nextjs.bench.mjs subtracts it from the pages that show the policy).
export default function NoPolicyPage() {
  return (
    <main>
      <h1>개인정보 처리방침</h1>
    </main>
  );
}
