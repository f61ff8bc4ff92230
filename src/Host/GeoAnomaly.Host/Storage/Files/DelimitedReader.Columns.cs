using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Finding the mapped columns in the header (or by number) and naming them in messages.</summary>
internal sealed partial class DelimitedReader
{
    private sealed class Columns
    {
        private Columns(int[] time, int[] values, ChannelInfo[] channels, List<string>? header, long? headerLine, int fieldCount)
        {
            Time = time;
            Values = values;
            Channels = channels;
            Header = header;
            HeaderLine = headerLine;
            FieldCount = fieldCount;
        }

        /// <summary>0-based indexes of the time fields, in joining order.</summary>
        public int[] Time { get; }

        /// <summary>0-based index of each channel's field.</summary>
        public int[] Values { get; }

        /// <summary>Each channel's identity.</summary>
        public ChannelInfo[] Channels { get; }

        /// <summary>The header names, or null without a header.</summary>
        public List<string>? Header { get; }

        /// <summary>The header's line, or null without a header.</summary>
        public long? HeaderLine { get; }

        /// <summary>Fields every row must have; 0 until the first row sets it (no header).</summary>
        public int FieldCount { get; }

        /// <summary>Where the expected field count comes from, for messages.</summary>
        public string CountOrigin => HeaderLine is long line ? $"as in the header on line {line}" : "as in the first data row";

        public static Columns Resolve(DelimitedFormat format, TextRecordReader records, string source)
        {
            var found = HeaderColumns.Read(format.HasHeader, records, source);
            var header = found.Header;
            var headerLine = found.HeaderLine;
            int Find(string option, ColumnRef column) => found.Find(option, column);

            int[] time = [.. format.TimeColumns.Select((c, i) => Find($"timeColumns[{i}]", c))];
            int[] values = new int[format.Channels.Count];
            var channels = new ChannelInfo[format.Channels.Count];
            for (int i = 0; i < values.Length; i++)
            {
                var map = format.Channels[i];
                values[i] = Find($"channels[{i}].column", map.Column);
                string code = map.Channel ?? header![values[i]];
                try
                {
                    channels[i] = new ChannelInfo(new ChannelId(map.Network, map.Station, code), map.Kind, map.Units, map.Location?.Normalised());
                }
                catch (ArgumentException e)
                {
                    throw new DataException(source, headerLine, $"channels[{i}]: {e.Message}", e);
                }
            }

            int fieldCount = format.Delimiter == "fixed" ? format.ColumnWidths.Count : header?.Count ?? 0;
            return new Columns(time, values, channels, header, headerLine, fieldCount);
        }

        /// <summary>Checks that rows of <paramref name="fields"/> fields hold every mapped column (no header case).</summary>
        public void CheckWidth(int fields, string source, long line)
        {
            int widest = Math.Max(Time.Max(), Values.Length == 0 ? 0 : Values.Max());
            if (widest >= fields)
            {
                throw new DataException(source, line, $"column #{widest + 1} is mapped but the row has {fields} fields");
            }
        }

        public string Describe(int index) => Header is null ? $"#{index + 1}" : $"'{Header[index]}' (#{index + 1})";

        public string DescribeTime() => string.Join(" + ", Time.Select(Describe));
    }
}
