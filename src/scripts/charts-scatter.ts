/** Registration for scatter exhibits; LineElement is needed when a scatter series draws a line. */
import { Chart, LinearScale, LineElement, PointElement, ScatterController } from 'chart.js';

Chart.register(LinearScale, LineElement, PointElement, ScatterController);
