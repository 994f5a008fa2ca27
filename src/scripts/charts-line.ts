/** Registration for line exhibits (category or numeric x). */
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement);
