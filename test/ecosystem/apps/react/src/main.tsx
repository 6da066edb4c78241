import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'icc-widgets/define.js';

function App() {
  const [issue, setIssue] = useState('sanctions');
  const [picked, setPicked] = useState('nothing yet');
  return (
    <>
      <icc-stance-compare
        issue={issue}
        onicc-select={(event) => setPicked(`${event.detail.kind} ${event.detail.id}`)}
      />
      <us-icc-position heading-level={3} />
      <icc-summary theme="auto" />
      <p>
        Picked: <output id="picked">{picked}</output>{' '}
        <button id="article-98" onClick={() => setIssue('article-98')}>Show Article 98 agreements</button>
      </p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
