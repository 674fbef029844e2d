"""Check that no 7-word run of the heldout_e articles occurs in the seeds, the demo articles or sets c and d."""
import pathlib, re, sys
HERE = pathlib.Path(__file__).resolve().parent.parent
ROOT = HERE.parent.parent.parent
OTHERS = [ROOT.parent / 'shared' / 'seeds', ROOT / 'src/rasd/data/demo/articles', ROOT / 'tests/gold/heldout_c', ROOT / 'tests/gold/heldout_d']
N = 7
def grams(t):
    w = re.findall(r'\w+', t)
    return {tuple(w[i:i + N]) for i in range(len(w) - N + 1)}
ref = {}
for d in OTHERS:
    for f in sorted(d.rglob('*')):
        if f.is_file() and f.suffix in ('.txt', '.md', '') :
            try: t = f.read_text(encoding='utf-8')
            except Exception: continue
            for g in grams(t): ref.setdefault(g, f.name)
bad = 0
for f in sorted(HERE.glob('he_*.txt')):
    for g in sorted(grams(f.read_text(encoding='utf-8')) & ref.keys()):
        bad += 1; print(f.name, '<->', ref[g], ' '.join(g))
print('shared 7-grams:', bad, '| reference files from', [str(d) for d in OTHERS if d.exists()])
sys.exit(1 if bad else 0)
