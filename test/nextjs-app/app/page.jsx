import { assertPolicy } from '@privacy-label-kit/schema';
import PolicyView from './PolicyView';
import policyFile from './policy.json';

// A server component: the policy is validated on the server (the schema package needs no React), and only the parsed
// data goes to the client component.
export default function Page() {
  const policy = assertPolicy(policyFile);
  return (
    <main>
      <PolicyView policy={policy} />
    </main>
  );
}
