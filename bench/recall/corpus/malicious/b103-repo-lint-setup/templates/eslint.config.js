import teamwide from 'eslint-config-teamwide';
import react from 'eslint-config-teamwide/react';

export default [...teamwide, ...react];
