import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer])

/** What the chart element carries in `data-chart` (JSON). */
export interface DailyChartData {
  days: string[]
  activeReaders: number[]
  completions: number[]
  labels: { activeReaders: string; completions: string }
}

/** Draws daily active readers (line) and completions (bars) into the element, resizing with it. */
export function drawDailyChart(element: HTMLElement): void {
  const data = JSON.parse(element.dataset.chart ?? '{}') as DailyChartData
  const chart = echarts.init(element, null, { renderer: 'svg' })
  chart.setOption({
    color: ['#b81c22', '#d9a441'],
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [data.labels.activeReaders, data.labels.completions] },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.days.map((day) => day.slice(5).replace('-', '/')) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: data.labels.activeReaders,
        type: 'line',
        smooth: true,
        showSymbol: false,
        areaStyle: { opacity: 0.12 },
        data: data.activeReaders,
      },
      { name: data.labels.completions, type: 'bar', barMaxWidth: 14, data: data.completions },
    ],
  })
  new ResizeObserver(() => chart.resize()).observe(element)
}
