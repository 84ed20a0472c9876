import { CHART_FONT_FAMILY } from '@shared/figure-chart'
import type { ChartModel } from '@shared/figure-chart'

/**
 * The chart as SVG elements, from the same model the Word export draws (shared/figure-chart.ts).
 * Attributes only, no style: the page's policy allows no inline style. A picture for sighted
 * readers; its label says the values, and the table under it holds them with their sources.
 */
export function FigureChart({ model, label }: { model: ChartModel; label: string }) {
  return (
    <svg
      className="figure-chart"
      viewBox={`0 0 ${model.width} ${model.height}`}
      width={model.width}
      height={model.height}
      fontFamily={CHART_FONT_FAMILY}
      role="img"
      aria-label={`${label}. ${model.description}`}
    >
      {model.shapes.map((shape, index) => {
        switch (shape.type) {
          case 'rect':
            return (
              <rect key={index} x={shape.x} y={shape.y} width={shape.width} height={shape.height} fill={shape.fill} />
            )
          case 'line':
            return (
              <line
                key={index}
                x1={shape.x1}
                y1={shape.y1}
                x2={shape.x2}
                y2={shape.y2}
                stroke={shape.stroke}
                strokeWidth={1}
              />
            )
          case 'text':
            return (
              <text
                key={index}
                x={shape.x}
                y={shape.y}
                textAnchor={shape.anchor}
                fontSize={shape.size}
                fontWeight={shape.bold ? 'bold' : undefined}
                fill={shape.fill}
                aria-hidden="true"
              >
                {shape.text}
              </text>
            )
        }
      })}
    </svg>
  )
}
