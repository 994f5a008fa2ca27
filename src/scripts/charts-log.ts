/** Registration for logarithmic axes, loaded only by exhibits that use one. */
import { Chart, LogarithmicScale } from 'chart.js';

Chart.register(LogarithmicScale);
