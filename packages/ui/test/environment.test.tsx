import { describeTestEnvironment } from '../../../test/environment.js'

describeTestEnvironment()
