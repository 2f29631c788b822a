Console.WriteLine("PLACEHOLDER: benchmarks are being written.");
